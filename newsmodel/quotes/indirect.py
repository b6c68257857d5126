"""Indirect speech: reported words without quote marks.

Shapes found, each named in :attr:`Attribution.rule`:

``indirect-that``       X said (that) CLAUSE / X told reporters on Monday that CLAUSE
``indirect-wh``         X asked whether CLAUSE
``indirect-after``      CLAUSE, X said. / CLAUSE, said X.
``indirect-according``  According to X, CLAUSE. / CLAUSE, according to X.
``indirect-directive``  X urged police to VERB / X asked Australia to VERB
``indirect-object``     X endorsed OBJECT / X pledged to VERB: a stance, not speech

The reported clause runs to the end of its sentence, or to the first quotation mark in it
(the quoted words are a partial quotation of their own), and must hold a few words
(:mod:`newsmodel.quotes.reported_clause`); the sources that stand in an adjunct,
"according to X" and "as X said", are read in :mod:`newsmodel.quotes.indirect_sources`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import attrs

from newsmodel.model import SpeakerKind
from newsmodel.quotes.clauses import (
    APPROXIMATE_PREPOSITIONS,
    CONTENT_NOUNS,
    TAIL_OPENERS,
    WH,
    clause_ahead,
    main_clause_after,
    number_at,
    opening_clause,
    points_back,
    recipient_before_clause,
    rest_of_recipient,
    skip_adjuncts,
    skip_adverbs,
    skip_recipient,
    tells_a_thing,
)
from newsmodel.quotes.cue_speaker import (
    ADJUNCT_PREPOSITIONS,
    CORE,
    INVERTIBLE,
    VERB_PARTICLES,
    Context,
    Found,
    speaker_of,
)
from newsmodel.quotes.cues import MODAL_ADVERBS, MODAL_AUXILIARIES, Cue, is_adverb
from newsmodel.quotes.indirect_sources import (
    CLAUSE_OPENERS,
    according,
    according_and,
    as_fronted,
    as_source,
    fronted_adjunct,
    predicate_after,
)
from newsmodel.quotes.lexicon import (
    CUE_FORMS,
    FUNCTION_WORDS,
    MODALS,
    SUBORDINATORS,
    CueClass,
    FormKind,
    word_list,
)
from newsmodel.quotes.phrase_words import DASH_TOKENS, FINITE_WORDS
from newsmodel.quotes.reported_clause import (
    MAX_CLAUSE,
    MIN_WORDS,
    QUESTION_VERBS,
    RECIPIENT_VERBS,
    IndirectSpeech,
    amount_taken,
    attribution_end,
    clause_end,
    document_written,
    duration_at,
    event_relative,
    named_opener,
    object_start,
    own_complement,
    participle_opener,
    past_aside,
    question_put,
    trim_clause,
)
from newsmodel.quotes.speaker_after import phrase_after
from newsmodel.quotes.speaker_kinds import (
    DETERMINERS,
    POSSESSIVES,
    SUBJECT_PRONOUNS,
)
from newsmodel.quotes.speakers import phrase_before
from newsmodel.quotes.tokens import Tokens

__all__ = ["IndirectSpeech", "find_indirect"]

#: Verbs that take a clause without "that": "Otieno said Kenya is ready".
BARE_CLAUSE_VERBS = word_list("bare_clause_verbs")
#: Verbs of speech that take an amount as well: "added 22 points" (no words).
_AMOUNT_VERBS = word_list("amount_verbs")
_TOPIC_VERBS = word_list("topic_verbs")
#: Verbs whose infinitive or object is no reported speech: "added to the tension",
#: "continued to rise", "told reporters", "voted for the bill", "proved difficult".
_NO_INFINITIVE = word_list("no_infinitive_verbs")
#: Words that open an adjunct with "of" or "to" after them: "ahead of", "prior to".
_ADJUNCT_HEADS = word_list("adjunct_heads")
#: Verbs whose clause without "that" must open with a pronoun, "there" or a possessive.
_SUBJECT_CLAUSE_VERBS = word_list("subject_clause_verbs")
#: The most words of a time adjunct after a cue before its "that".
_DURATION_WORDS = 8
_NO_OBJECT = word_list("no_object_verbs")
#: Verbs whose object is the words said.
_SAYS_WORDS = word_list("says_words")
_ANONYMITY = word_list("anonymity_words")
#: Finite verbs that open the words said of a relative clause's gap ("that it says will").
_GAP_VERBS = word_list("gap_verbs")
#: Conjunctions after a comma that may open another report: "..., but pointed out".
_REPORT_CONJUNCTIONS = word_list("report_conjunctions")
#: Verbs and classes of cue that close no words before them: "CLAUSE, X described".
_OBJECT_CUES = word_list("object_cues")
_NOT_CLOSING = (CueClass.COGNITION, CueClass.EVIDENCE, CueClass.NAMING)
#: How many tokens after such a conjunction its cue may come: "although others feel".
_REPORT_REACH = 6
#: Negations before the "to" of a directive: "advised people never to use ...".
_NEGATIONS = word_list("directive_negations")
#: Subjects of a cue that stand for the one quoted: "..., and I think ...".
_FIRST_PERSON = word_list("first_person_subjects")
#: Verbs that take no object, only a clause, so that the noun before "she said" is the
#: subject of the words said: "a letter she said was written by ...".
_GAP_PRONOUN_VERBS = word_list("gap_pronoun_verbs")
#: Words that open a relative clause whose subject is the gap of the words said.
_GAP_RELATIVES = frozenset({"what", "that", "which"})
#: How far after a comma the cue of an attribution that closes the sentence may come.
_CLOSING_REACH = 10
#: Rules whose reported words may be a single word: an object or an infinitive.
_OBJECT_RULES = frozenset({"indirect-object", "indirect-directive"})
_SPEAKER_KINDS_FOR_THOUGHT = (SpeakerKind.PERSON, SpeakerKind.GROUP, SpeakerKind.ANONYMOUS)
#: Pronouns after a cue that report no words: "said nothing about the dollar".
_NO_WORDS = word_list("no_words")
#: Words after such a pronoun that open its topic: "said nothing about the dollar".
_NO_WORDS_TOPICS = word_list("no_words_topics")
#: Prepositions after a cue of speech that open no words: "responded to his posts".
_NO_CLAUSE_PREPOSITIONS = word_list("no_clause_prepositions")
#: Possessives and pronouns that can open an object after a cue: "endorsed his plan",
#: "denied it".
_OBJECT_OPENERS = word_list("object_openers")


#: Subordinators that may open words reported without "that": "said although ..., ...".
_REPORTED_SUBORDINATORS = word_list("reported_subordinators")


def find_indirect(
    ctx: Context,
    cues: Sequence[Cue],
    speech: Sequence[bool],
    *,
    thought: bool = True,
    inside: Collection[int] = (),
) -> list[IndirectSpeech]:
    """Every stretch of indirect speech, in text order of its cue (cues at tokens in
    ``inside``, the speaker phrases of quotations, are skipped)."""
    tokens = ctx.tokens
    found: list[IndirectSpeech] = []
    for cue in cues:
        if not cue.usable or not speech[tokens.para[cue.first]] or cue.first in inside:
            continue
        if cue.cls is CueClass.COGNITION and not thought:
            continue
        sf, sl = tokens.sentence_bounds(cue.first)
        item = _inverted_without_comma(ctx, cue, sf, sl) or as_fronted(ctx, cue, sf, sl)
        if item is not None:
            found.append(item)
            continue
        item = according(ctx, cue, sf, sl) if cue.according else _after_cue(ctx, cue, sf, sl)
        if (
            item is None
            and not cue.according
            # "Trump responded to a question ...": its object, no words before it either
            and not _no_clause_object(
                tokens, cue, object_start(tokens, cue, sl), sl, adjuncts=False
            )
        ):
            item = _before_cue(ctx, cue, sf, sl)
        if item is not None:
            found.append(item)
            if cue.according and item.last <= cue.first:
                more = according_and(tokens, item, sl)
                if more is not None:
                    found.append(more)
        if (
            cue.cls is CueClass.SPEECH
            and not cue.according
            and (item is None or item.found.rule in ("indirect-that", "indirect-wh"))
        ):
            more = _and_that(ctx, cue, item, sl)
            if more is not None:
                found.append(more)
    return found


def _and_that(
    ctx: Context, cue: Cue, item: IndirectSpeech | None, sl: int
) -> IndirectSpeech | None:
    """A second reported clause of the same cue: "X said A “...” and that B"."""
    tokens = ctx.tokens
    lower = tokens.lower
    k = item.last if item is not None else cue.last
    sl = min(sl, k + MAX_CLAUSE)  # bounded: a sentence of 100,000 words stays linear
    while k < sl:
        # the next "that", found by a C-level scan (most sentences have none)
        try:
            k = lower.index("that", k, sl)
        except ValueError:
            return None
        if tokens.quote[k] < 0 and lower[k - 1] in ("and", "but") and tokens.quote[k - 1] < 0:
            if item is not None:
                found = attrs.evolve(item.found)
            elif _another_head(tokens, cue, k):
                return None  # "tells the Post, responding to the news that A and that B"
            else:
                sf = tokens.sent_first[tokens.sent[cue.first]]
                phrase = speaker_of(ctx, cue, sf, sl)
                if phrase is None or phrase.first >= cue.first:
                    return None
                found = Found(phrase, ctx.cue_span(cue), "indirect-that", 0.75)
            end = clause_end(tokens, k + 1, sl)
            span = trim_clause(tokens, k + 1, end)
            if span is None:
                return None
            return IndirectSpeech(span[0], span[1], found)
        k += 1
    return None


def _another_head(tokens: Tokens, cue: Cue, k: int) -> bool:
    """Whether the first of two clauses joined by "and that" at token ``k`` belongs to
    another head than the cue: a noun before the first "that" ("tells the Post,
    responding to the news that A and that B")."""
    lower = tokens.lower
    try:
        first = lower.index("that", cue.last, k - 1)
    except ValueError:
        return False
    return _content_noun(tokens, first - 1, cue)


def _content_noun(tokens: Tokens, k: int, cue: Cue) -> bool:
    """Whether token ``k``, after the cue, is a noun whose "that" clause is its own
    content: "reacted to the news", "hit back at Mr Mallon's claim" (not "told BBC News
    that", nor the medium of "said in a report that")."""
    return (
        k > cue.last
        and tokens.quote[k] < 0
        and tokens.lower[k] in CONTENT_NOUNS
        and tokens.text[k].islower()
        and "in" not in tokens.lower[cue.last : k]
    )


def _after_cue(
    ctx: Context, cue: Cue, sf: int, sl: int, *, objects: bool = True
) -> IndirectSpeech | None:
    """X said (that) CLAUSE; with ``objects``, also X endorsed OBJECT / X pledged to VERB."""
    tokens = ctx.tokens
    if cue.cls is CueClass.EVIDENCE and tokens.lower[cue.first - 1] in MODAL_AUXILIARIES:
        return None  # "owners can find a batch number": no evidence reported
    if (
        cue.first > sf
        and tokens.text[cue.first - 1] == ","
        and cue.kind is not FormKind.GERUND
        and cue.cls is CueClass.SPEECH
        and cue.lemma in INVERTIBLE
    ):
        aside = phrase_after(tokens, cue.last, sl)
        if (
            aside is not None
            and aside.pronoun is None
            # (not "The lead author, Ann Lee, said the team found ...": her words after)
            and (aside.name is not None or not named_opener(tokens, cue, sf))
            and tokens.lower[aside.first] not in POSSESSIVES
            and (aside.last >= sl or tokens.text[aside.last] in (",", ".", "!", "?"))
        ):
            # "Most importantly, say analysts, the firm ...": an aside; "CLAUSE, say those
            # behind the plan.": the speaker closes the sentence, no words after the cue
            return None
    # the clause first, the speaker (dearer) only for a cue that has one
    k = object_start(tokens, cue, sl)
    told = k
    particle = tokens.lower[cue.last - 1] if cue.last - cue.first > 1 else ""
    if cue.lemma in RECIPIENT_VERBS or f"{cue.lemma}_{particle}" in RECIPIENT_VERBS:
        if tells_a_thing(tokens, k, sl):
            return None  # "Wasp tells the story of a young mum who ...": no words of theirs
        k = skip_recipient(tokens, k, sl)
        k = rest_of_recipient(tokens, k, sl)
        if cue.lemma == "tell" and k == told:
            k = recipient_before_clause(tokens, k, sl)
    told = k > told  # the person told is named: "urged police to investigate"
    k = past_aside(tokens, skip_adjuncts(tokens, k, sl), sl)
    if k >= sl or tokens.quote[k] >= 0:
        return None
    w = tokens.lower[k]
    if tokens.text[k - 1] == "," and w.endswith("ing") and tokens.text[k][0].islower():
        return None  # "said in November, rejecting a plea": what they did, not their words
    if cue.lemma in _AMOUNT_VERBS and k == cue.last and amount_taken(tokens, k, sl):
        return None  # "Quickley added 22 points" (not "added 30 people were hurt")
    if cue.lemma in _AMOUNT_VERBS and k == cue.last and w in ("a", "an"):
        return None  # "Brandt added an empty-net goal": a thing added, no words
    if _no_clause_object(tokens, cue, k, sl):
        return None  # "responded to one of his posts", "wrote a letter to the mayor"
    if w in _NO_WORDS and (
        k + 1 >= sl
        or not tokens.text[k + 1][0].isalnum()
        or tokens.lower[k + 1] in ADJUNCT_PREPOSITIONS
        or tokens.lower[k + 1] in _NO_WORDS_TOPICS
    ):
        return None  # "said nothing about the dollar" (but "said nothing had changed")
    if (
        _gerund_cue(w)
        and tokens.text[k][0].islower()
        and k + 1 < sl
        and tokens.lower[k + 1] == "that"
    ):
        return None  # "she said adding that ...": the second cue reports its own words
    if told and w in _NEGATIONS and k + 2 < sl and tokens.lower[k + 1] == "to":
        w = "to"  # "warned the public Monday not (never) to speculate": the words keep it
        k_not = k
    else:
        k_not = -1
    rule = "indirect-that"
    gap = False  # the words said are those of a relative clause
    if w in _ADJUNCT_HEADS and k + 1 < sl and tokens.lower[k + 1] in ("of", "to"):
        return None  # "said on Friday ahead of signing his contract": no words reported
    if duration_at(tokens, k, sl):
        # "said 30 minutes into the debate": a time, no words (but "said two days later that")
        j = k + 2
        while j < sl and j - k <= _DURATION_WORDS and tokens.lower[j] != "that":
            j += 1
        if j >= sl or tokens.lower[j] != "that" or tokens.quote[j] >= 0:
            return None
        k, w = j, "that"
    if w == "that" and _demonstrative(tokens, cue, k, sl):
        return None  # "he denied that, saying", "Having said that,": a demonstrative
    if w == "that" and _content_noun(tokens, k - 1, cue):
        return None  # "responding to the recent news that ...": the news's content
    if w == "that":
        start = k + 2 if k + 2 < sl and tokens.text[k + 1] == "," else k + 1
    elif (
        w in WH
        and w != "which"
        and (w != "when" or cue.lemma in QUESTION_VERBS or main_clause_after(tokens, k, sl))
        # "said from a Winnipeg hotel, where she is staying": the place's relative clause
        and not (w == "where" and tokens.text[k - 1] == "," and cue.lemma not in QUESTION_VERBS)
    ):
        start = k
        rule = "indirect-wh"
    elif w == ":":
        start = k + 1
    elif (
        w in _REPORTED_SUBORDINATORS
        and cue.lemma in BARE_CLAUSE_VERBS
        and not (cue.first - 2 >= sf and tokens.lower[cue.first - 2] in DETERMINERS)
        and main_clause_after(tokens, k, sl)
    ):
        start = k  # "Mr Fogg said although the market was growing, prices would fall"
    elif (
        cue.lemma in BARE_CLAUSE_VERBS
        # "went on to say he must play": a phrase that ends with such a verb
        or (cue.last - cue.first > 1 and tokens.lower[cue.last - 1] in BARE_CLAUSE_VERBS)
    ) and clause_ahead(tokens, k, sl):
        start = k
    elif w in _GAP_VERBS and cue.lemma in BARE_CLAUSE_VERBS and _relative_gap(tokens, cue, sf):
        start = k  # "a race that it says will reward Reid": the gap is the race
        gap = True
    elif (
        cue.lemma in _SUBJECT_CLAUSE_VERBS
        and (w in SUBJECT_PRONOUNS or w == "there" or w in POSSESSIVES)
        and w not in ("who", "which", "it")
        and clause_ahead(tokens, k, sl)
    ):
        start = k  # "assured voters he would force the county to pay"
    elif (
        w in ("about", "of", "on")
        and cue.lemma in _TOPIC_VERBS
        and _object_ahead(tokens, k + 1, sl)
    ):
        start = k + 1  # "asked Carson about his ties", "warned of a shutdown"
        rule = "indirect-object"
    elif (
        w == "to"
        and cue.cls in (CueClass.STANCE, CueClass.COGNITION, CueClass.SPEECH)
        and cue.lemma not in _NO_INFINITIVE
        and k + 1 < sl
        and not (tokens.lower[k + 1] == "be" and k + 2 < sl and tokens.lower[k + 2] in _ANONYMITY)
    ):
        start = k_not if k_not >= 0 else k + 1  # "pledged to deepen ties", "wants to build"
        # (not "declined to be named"); "urged police to investigate" is speech
        rule = "indirect-directive" if told and cue.cls is CueClass.SPEECH else "indirect-object"
    elif (
        objects
        and cue.lemma not in _NO_OBJECT
        and w not in VERB_PARTICLES  # "screamed back": no object
        and _object_ahead(tokens, k, sl)
    ):
        start = k  # "endorsed Trump", "called for an end to the war"
        # what one "says" is words, even where no finite verb was seen ("Critics said the
        # repairs came too late"); what one "endorsed" is an object
        rule = "indirect-that" if cue.lemma in _SAYS_WORDS else "indirect-object"
    else:
        return None
    if question_put(tokens, cue, sf, start):
        return None  # "Asked what she would say, Reid paused": a question put to her
    phrase = speaker_of(ctx, cue, sf, sl)
    if phrase is None:
        return None
    if (
        cue.kind is FormKind.BASE
        and phrase.kind is SpeakerKind.PERSON
        and phrase.pronoun is None
        and tokens.lower[cue.first - 1] not in MODALS
        and not (
            (is_adverb(tokens.lower[cue.first - 1]) or tokens.lower[cue.first - 1] in MODAL_ADVERBS)
            and tokens.lower[cue.first - 2] in MODALS
        )
    ):
        return None  # "the Smith plan": a base form after one person is no verb
    if cue.cls in (CueClass.COGNITION,) and phrase.kind not in _SPEAKER_KINDS_FOR_THOUGHT:
        return None
    # inverted "said X" before the clause is no indirect speech after the cue
    if phrase.first >= cue.last:
        return None
    # in a relative clause ("X, which first reported the talks, said") the comma ends it
    # (so does a comma after a cue in a sentence's opening clause: "When we asked how it
    # would happen, a spokesman said ...")
    opens = opening_clause(tokens, sf, cue.first)
    opener = opens >= 0 and "," not in tokens.text[opens : cue.first]
    end = clause_end(tokens, start, sl, comma=phrase.antecedent is not None or gap or opener)
    end = _before_closing_attribution(ctx, start, end, sl)
    end = _before_another_report(ctx, start, end)
    # a gap's words hold their subject ("fires that the chief said are unrelated"): two
    # words make a clause
    least = 1 if rule in _OBJECT_RULES else (2 if gap else None)
    span = trim_clause(tokens, start, end, least=least)
    if span is None:
        return None
    thought = cue.cls in (CueClass.COGNITION, CueClass.EVIDENCE, CueClass.STANCE)
    confidence = 0.5 if rule in _OBJECT_RULES else 0.75
    return IndirectSpeech(
        span[0], span[1], Found(phrase, ctx.cue_span(cue), rule, confidence, thought=thought)
    )


def _relative_gap(tokens: Tokens, cue: Cue, sf: int) -> bool:
    """Whether a cue is the verb of a relative clause whose words said have its head for
    their subject: "a race that it says will ...", "what they said was ...", "a dynamic
    Tom Hale said could ..." (the speaker a pronoun or a name, after "what", "that",
    "which" or the head noun: "a letter she said was ...")."""
    if cue.kind is FormKind.GERUND:
        return False
    phrase = phrase_before(tokens, cue.first, sf)
    if phrase is None or phrase.first - 1 < sf or phrase.last != cue.first:
        return False
    if tokens.lower[phrase.first - 1] in _GAP_RELATIVES:
        return True  # "which critics say will fail"
    # the head noun right before the speaker: "a dynamic Tom Hale said could ...", "a
    # letter she said was written by ..."
    if phrase.name is not None:
        opens = phrase.name[0]
    elif cue.lemma in _GAP_PRONOUN_VERBS and (
        (phrase.pronoun is not None and phrase.last - phrase.first == 1)
        or (phrase.kind is SpeakerKind.GROUP and phrase.name is None)  # "a move staff say"
    ):
        opens = phrase.first  # (not "the letter she wrote was long": its object)
    else:
        return False
    if opens - 1 < sf:
        return False
    before = tokens.lower[opens - 1]
    text = tokens.text[opens - 1]
    return (
        text.isalpha()
        and text.islower()
        and before not in FUNCTION_WORDS
        and before not in FINITE_WORDS
        and not before.endswith(("ed", "ing"))
        and before not in CUE_FORMS
    )


def _no_clause_object(tokens: Tokens, cue: Cue, k: int, sl: int, *, adjuncts: bool = True) -> bool:
    """Whether a cue of speech takes at token ``k`` an object that holds no words: a
    preposition and its noun ("responded to one of his posts", "spoke with reporters") or
    the document written ("wrote a letter to the mayor"). Without ``adjuncts`` (adjuncts
    not yet skipped: "said at the time"), "to" only."""
    if k + 1 >= sl:
        return False
    if document_written(tokens, cue, k, sl):
        return True
    if cue.cls is not CueClass.SPEECH:
        return False
    w = tokens.lower[k]
    if adjuncts and w in _NO_CLAUSE_PREPOSITIONS and w != "to":
        return True
    if w in ("it", "this") and k + 2 < sl and tokens.lower[k + 1] == "to":
        k += 1  # "reported it to the territorial government": the thing, then to whom
        w = "to"
    # "responded to one of his posts" (not "pledged to deepen ties")
    return w == "to" and (tokens.lower[k + 1] in DETERMINERS or tokens.lower[k + 1] in POSSESSIVES)


def _demonstrative(tokens: Tokens, cue: Cue, k: int, sl: int) -> bool:
    """Whether the "that" at token ``k`` after a cue is a pronoun, its object, not the
    clause's opener: "Having said that, I am pleased", "he denied that, saying ...", "he
    said that." (but "said that, given such prices, the cartel saw ...")."""
    if points_back(tokens, k, sl):
        return True  # "he said that.", "said that in an interview on Monday."
    if tokens.text[k + 1] != ",":
        return False
    if cue.first > 0 and tokens.lower[cue.first - 1] == "having":
        return True
    return k + 2 < sl and _gerund_cue(tokens.lower[k + 2])  # "denied that, saying"


def _gerund_cue(word: str) -> bool:
    """Whether a lower-case word is the gerund of a cue: "saying", "adding"."""
    form = CUE_FORMS.get(word)
    return form is not None and form.kind is FormKind.GERUND


def _before_cue(ctx: Context, cue: Cue, sf: int, sl: int) -> IndirectSpeech | None:
    """CLAUSE, X said.  /  CLAUSE, said X."""
    tokens = ctx.tokens
    if cue.cls in _NOT_CLOSING or cue.kind is FormKind.GERUND or cue.lemma in _OBJECT_CUES:
        return None  # (nor a verb of an object: "In a statement she read, X described")
    if cue.kind is FormKind.BASE and cue.first > sf and tokens.lower[cue.first - 1] == "to":
        return None  # "Mr Johnson, who was forced to apologise": no words closed before
    if "," not in tokens.text[sf + 1 : min(cue.first, sf + MAX_CLAUSE + 1)]:
        return None  # the comma that ends the clause, needed below, is nowhere near
    phrase = phrase_before(tokens, cue.first, sf)
    inverted = False
    aside_as = False
    if phrase is None:
        if cue.first - 1 >= sf and tokens.text[cue.first - 1] == "," and cue.last - cue.first == 1:
            # "CLAUSE, said X" (not "..., refers to X as": a cue of two words takes an object)
            phrase = phrase_after(tokens, cue.last, sl)
            inverted = True
        if phrase is None:
            return None
        comma = cue.first - 1
    elif tokens.lower[phrase.first] in ("who", "which") and phrase.last - phrase.first == 1:
        return None  # "... made by the clerk, Ann Dale, who testified later": no words of hers
    else:
        comma = phrase.first - 1
        if phrase.description is not None and phrase.description[0] < phrase.first:
            comma = phrase.description[0] - 1
        if (
            comma - 1 > sf
            and tokens.lower[comma] == "as"
            and tokens.text[comma - 1] == ","
            and as_source(tokens, cue, phrase)
        ):
            comma -= 1  # "CLAUSE, as Ken Ober noted in The Ledger."
            aside_as = True
    if comma <= sf or tokens.text[comma] != "," or comma - sf > MAX_CLAUSE:
        return None
    if not inverted and event_relative(tokens, phrase):
        return None  # "CLAUSE, a move Minister Ann Dale described as “...”": hers the label
    if (
        inverted
        and phrase.description is not None
        and predicate_after(tokens, cue.first, phrase.description, sf, sl)
    ):
        # "The price of the shares, said the official, depends on ...": no description
        phrase = attrs.evolve(phrase, description=None)
    # the attribution closes the sentence (or sets off a parenthetical), bar adjuncts
    end = phrase.last if inverted else cue.last
    if phrase.description is not None:
        end = max(end, phrase.description[1])
    end = attribution_end(tokens, cue, end, sl, recipient=not inverted)
    if end < 0:
        return None
    if (
        end < sl
        and tokens.text[end] not in (".", "!", "?", ",", ";")
        and tokens.lower[end] not in TAIL_OPENERS
        # "CLAUSE, the hospital said Monday — the third closure this month."
        and not (tokens.text[end] in DASH_TOKENS and end + 1 < sl)
    ) or own_complement(tokens, end, sl):
        return None
    start = sf
    if end < sl and tokens.text[end] in DASH_TOKENS:
        # "put a lot of effort - too much, critics argue - into enforcement": the words
        # between the dashes
        start = max([k + 1 for k in range(sf, comma) if tokens.text[k] in DASH_TOKENS] + [sf])
    while start < comma and (tokens.lower[start] in CLAUSE_OPENERS or tokens.text[start] == ","):
        start += 1  # "But, he said, ..."
    parenthetical = end < sl and tokens.text[end] == ","
    if aside_as and parenthetical:
        return None  # "that it is, as he said, more than ...": the aside may sit anywhere
    if (
        start < comma
        and tokens.lower[start] in SUBORDINATORS
        and "," not in tokens.text[start:comma]
        and not parenthetical
    ):
        # "While investigators do not know who did it, Talos said": an adverbial clause
        # alone, no main clause before the attribution (but "Before now, he said, the
        # firm ...": the main clause after it)
        return None
    if start < comma and not parenthetical and participle_opener(tokens, start, comma):
        return None  # "Asked whether it could pass, Dale laughed": the question put to her
    if any(
        tokens.quote[k] >= 0 and tokens.quote[k] not in tokens.inline for k in range(start, comma)
    ):
        return None
    if end + 1 < sl and tokens.text[end] == "," and tokens.quote[end + 1] >= 0:
        return None  # "When I thanked him, he replied, “...”": the cue leads a quotation
    if (
        parenthetical
        and start < comma
        and end + 1 < sl
        and tokens.lower[end + 1] in _REPORT_CONJUNCTIONS
        and _before_another_report(ctx, end - 1, sl) == end
    ):
        # "Homeowners will get a rebate, Hal Mercer announced, but opposition parties say
        # ...": another's report after the attribution
        parenthetical = False
    if parenthetical:
        # "The plan, she said, would fail.", "But, he said, the box ...": the clause after
        form = CUE_FORMS.get(tokens.lower[end + 1]) if end + 1 < sl else None
        if (
            form is not None
            and form.kind is FormKind.GERUND
            and all(
                is_adverb(tokens.lower[k]) or not tokens.text[k][0].isalnum()
                for k in range(start, comma)
            )
        ):
            return None  # "However, economists disagreed, saying ...": the gerund's words
        tail = clause_end(tokens, end + 1, sl)
        span = trim_clause(tokens, start if start < comma else end + 1, tail)
    elif fronted_adjunct(tokens, start, comma):
        return None  # "On Thursday night, Ray Hale told the crowd ...": no words reported
    else:
        span = trim_clause(tokens, start, comma)
    if span is None:
        return None
    rule = "indirect-after"
    return IndirectSpeech(span[0], span[1], Found(phrase, ctx.cue_span(cue), rule, 0.75))


def _inverted_without_comma(ctx: Context, cue: Cue, sf: int, sl: int) -> IndirectSpeech | None:
    """CLAUSE said X.  with no comma before the cue: "Banks are turning to Linux said
    Tom Hirst, managing director of Retail Data Group." (a name closing the sentence is
    no words reported after "said")."""
    tokens = ctx.tokens
    if (
        cue.lemma not in _SAYS_WORDS
        or cue.kind not in (FormKind.PAST, FormKind.PRESENT)
        or cue.first - sf < MIN_WORDS + 2
        or cue.first - sf > MAX_CLAUSE  # bounded: a sentence of 100,000 words stays linear
        or not tokens.text[cue.first - 1][:1].isalnum()
        or tokens.lower[cue.first - 1] in SUBJECT_PRONOUNS  # "he said Ryan": his answer
        or any(tokens.quote[k] >= 0 for k in range(sf, cue.last))
    ):
        return None
    phrase = phrase_after(tokens, cue.last, sl)
    if (
        phrase is None
        or phrase.name is None
        or phrase.pronoun is not None
        or phrase.kind not in (SpeakerKind.PERSON, SpeakerKind.ORGANISATION)
        or phrase.first != cue.last
        or phrase.name[0] != cue.last  # the name right after the cue: "said Tom Hirst"
    ):
        return None
    end = max(phrase.last, phrase.description[1] if phrase.description else 0)
    if end < sl and tokens.text[end] not in (".", "!", "?"):
        return None
    start = sf
    while start < cue.first and tokens.lower[start] in CLAUSE_OPENERS:
        start += 1
    span = trim_clause(tokens, start, cue.first)
    if span is None:
        return None
    return IndirectSpeech(
        span[0], span[1], Found(phrase, ctx.cue_span(cue), "indirect-after", 0.75)
    )


def _before_closing_attribution(ctx: Context, start: int, end: int, sl: int) -> int:
    """Where reported words from ``start`` to ``end`` stop before the attribution that
    closes their sentence, another speaker's: "Critics say the plan will fail, the
    minister said on Monday." (the critics' words stop at the comma)."""
    tokens = ctx.tokens
    for k in range(start + 1, end):
        if tokens.text[k] != "," or tokens.quote[k] >= 0:
            continue
        for cue in ctx.cues_between(k + 1, min(end, k + _CLOSING_REACH)):
            if (
                not cue.usable
                or cue.cls not in (CueClass.SPEECH, CueClass.WRITE)
                or cue.kind not in (FormKind.PAST, FormKind.PRESENT)
            ):
                continue
            if cue.first == k + 1:
                phrase = phrase_after(tokens, cue.last, sl)  # ", said Tom Hale."
                after = phrase.last if phrase is not None else -1
            else:
                phrase = phrase_before(tokens, cue.first, k + 1)  # ", the minister said"
                after = cue.last if phrase is not None and phrase.first == k + 1 else -1
            if after < 0:
                break
            after = skip_adjuncts(tokens, skip_adverbs(tokens, after, sl), sl)
            if after >= sl or tokens.text[after] in (".", "!", "?"):
                return k
            break
    return end


def _before_another_report(ctx: Context, start: int, end: int) -> int:
    """Where reported words from ``start`` to ``end`` stop before a conjunction after a
    comma that opens another report: "she insisted the bridge will reopen, and praised
    the engineers", "said it would review them, but pointed out ...", "predicted fares
    will rise, although others feel ...": a finite cue within a few words after it (not
    "..., and that voters knew": a second clause said)."""
    tokens = ctx.tokens
    for k in range(start + 1, end - 1):
        if (
            tokens.lower[k] == "and"
            and tokens.quote[k] < 0
            and any(
                c.usable and c.first == k + 1 and c.kind is FormKind.PAST and c.lemma in CORE
                for c in ctx.cues_between(k + 1, k + 2)
            )
        ):
            return k  # "urged her to resign and said she should apologize": a second report
        if (
            tokens.text[k] != ","
            or tokens.quote[k] >= 0
            or k + 2 >= len(tokens.lower)  # "She said prices will rise, but" ends the text
            or tokens.lower[k + 1] not in _REPORT_CONJUNCTIONS
            or tokens.lower[k + 2] == "that"
        ):
            continue
        for cue in ctx.cues_between(k + 2, min(end, k + 2 + _REPORT_REACH)):
            if cue.usable and _reporting_form(tokens, cue, k + 2):
                return k
    return end


def _reporting_form(tokens: Tokens, cue: Cue, first: int) -> bool:
    """Whether a cue after a conjunction (its clause from token ``first``) reports for a
    speaker of its own: a finite form ("and praised"), or a base form after a subject and a
    modal ("but workers will now fear") or a plural subject ("although others feel"); not
    one of the words said ("and I think", "and then would continue")."""
    lower = tokens.lower
    if cue.first - 1 >= first and lower[cue.first - 1] in _FIRST_PERSON:
        return False
    if cue.kind in (FormKind.PAST, FormKind.PRESENT):
        return True
    if cue.kind is not FormKind.BASE:
        return False
    j = cue.first - 1
    while j > first and is_adverb(lower[j]):
        j -= 1
    if j < first or lower[first] in MODALS or lower[first] == "then":
        return False
    # after a modal ("will now fear"), or a plural subject ("others feel", "critics say")
    return lower[j] in MODALS or (
        lower[j] not in FUNCTION_WORDS and lower[j].endswith("s") and tokens.text[j].isalpha()
    )


def _object_ahead(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether a noun phrase (an object) starts at token ``k``."""
    if k >= sl or tokens.quote[k] >= 0:
        return False
    t = tokens.text[k]
    w = tokens.lower[k]
    if not t[0].isalnum():
        return False
    if w in APPROXIMATE_PREPOSITIONS:
        # "about 200 workers", not "tells us about a growing concern" (a topic)
        return number_at(tokens, k + 1, sl)
    if w in ADJUNCT_PREPOSITIONS:
        return False  # "said of the discovery": a preposition opens no object
    return (
        w in DETERMINERS or w in _OBJECT_OPENERS or (w not in FUNCTION_WORDS and not is_adverb(w))
    )
