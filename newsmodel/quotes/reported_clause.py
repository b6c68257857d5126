"""The reported clause of indirect speech: where it starts after its cue, where it ends
(a sentence's end, a semicolon, a quotation mark, ", according to", ", with X quoted as
saying"), and how few words it may hold; :class:`IndirectSpeech` is one found.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsmodel.quotes.clauses import (
    IRREGULAR_PASTS,
    aside_before_that,
    number_at,
    skip_adjuncts,
    skip_adverbs,
    skip_recipient,
    tells_a_thing,
)
from newsmodel.quotes.cue_speaker import Found
from newsmodel.quotes.cues import AUXILIARIES, Cue
from newsmodel.quotes.lexicon import CUE_FORMS, DOCUMENT_NOUNS, FUNCTION_WORDS, FormKind, word_list
from newsmodel.quotes.phrase_words import FINITE_WORDS, infinitive_after
from newsmodel.quotes.speaker_kinds import DETERMINERS, POSSESSIVES, TIME_UNITS, Phrase
from newsmodel.quotes.speakers import phrase_before
from newsmodel.quotes.tokens import Tokens, word_count

__all__ = [
    "MAX_CLAUSE",
    "MIN_WORDS",
    "QUESTION_VERBS",
    "RECIPIENT_VERBS",
    "IndirectSpeech",
    "amount_taken",
    "attribution_end",
    "before_own_quote",
    "clause_end",
    "document_written",
    "duration_at",
    "event_relative",
    "named_opener",
    "object_start",
    "own_complement",
    "participle_opener",
    "past_aside",
    "question_put",
    "trim_clause",
]

#: Verbs that put a question: "Olena, asked what she would tell Canadians, was quiet".
QUESTION_VERBS = word_list("question_verbs")
#: Nouns of what was done that a relative clause without "that" may follow: "a move
#: Minister Ann Dale described as “...”".
_EVENT_NOUNS = word_list("event_nouns")
#: The most tokens between a sentence's start and a cue that puts a question there.
_QUESTION_REACH = 40
#: Verbs whose object is the person told: "told reporters that", "urged lenders to".
RECIPIENT_VERBS = word_list("recipient_verbs")
#: Participles after "with" and someone that quote them: "with Mr Hale quoted as saying".
_WITH_QUOTING = word_list("with_quoting")
#: Words that a reported clause does not end with: "and", "the", "but" ...
_TRAILING = word_list("clause_trailing")
#: The fewest words a reported clause holds (fewer before a quotation mark that cuts it).
MIN_WORDS = 3
_MIN_WORDS_BEFORE_QUOTE = 6
#: The most tokens a reported clause is read over: a sentence of 100,000 words stays linear.
MAX_CLAUSE = 120


@attrs.define(slots=True)
class IndirectSpeech:
    """Reported words without marks: token range [first, last) and their attribution;
    ``verbatim`` where the words are the speaker's own (an embedded post's), a direct
    quotation."""

    first: int
    last: int
    found: Found
    verbatim: bool = False


def attribution_end(tokens: Tokens, cue: Cue, end: int, sl: int, recipient: bool = True) -> int:
    """Where an attribution ending at token ``end`` closes, past adverbs, the one told
    (with ``recipient``) and short adjuncts: "said on Monday", "told reporters in Leeds";
    -1 when the cue tells a thing ("tells the story of"), no words."""
    end = skip_adverbs(tokens, end, sl)
    if recipient and cue.lemma in RECIPIENT_VERBS:
        if tells_a_thing(tokens, end, sl):
            return -1
        end = skip_recipient(tokens, end, sl)
    return skip_adjuncts(tokens, end, sl)


def object_start(tokens: Tokens, cue: Cue, sl: int) -> int:
    """Where what a cue takes starts: after an aside before "that" and adverbs."""
    return skip_adverbs(tokens, aside_before_that(tokens, cue.last, sl), sl)


def clause_end(tokens: Tokens, start: int, sl: int, *, comma: bool = False) -> int:
    """The end of a reported clause: the sentence end, a semicolon outside brackets ("rose
    to $5.8bn (£3bn; 4bn euros)" goes on) or a quote mark (with ``comma``, also a comma:
    an object ends there)."""
    k = start
    sl = min(sl, start + MAX_CLAUSE)
    inline = tokens.inline
    quote = tokens.quote
    text = tokens.text
    depth = 0  # brackets open
    while k < sl:
        q = quote[k]
        if q >= 0 and q not in inline:
            return k
        t = text[k]
        if t == "(":
            depth += 1
        elif t == ")" and depth:
            depth -= 1
        elif (t == ";" and not depth) or (comma and t == ","):
            return k
        if t == "," and k + 1 < sl and tokens.lower[k + 1] == "according":
            return k
        if (
            t == ","
            and k + 1 < sl
            and tokens.lower[k + 1] in ("with", "despite", "amid", "following")
            and _with_quoting(tokens, k + 2, sl)
        ):
            # "it may cut jobs, with Mr Hale quoted as saying that ...", "..., despite a new
            # book saying ...": the words of another
            return k
        k += 1
    while k > start and text[k - 1] in (".", "!", "?"):
        k -= 1
    return k


def _with_quoting(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether the words after "with" (or "despite" ...) at token ``k`` quote someone within
    a few words: "with Mr Hale quoted as saying", "despite a new book saying"."""
    lower = tokens.lower
    for j in range(k + 1, min(sl, k + 6)):
        if lower[j] in _WITH_QUOTING:
            return True
        if not tokens.text[j][0].isalnum():
            return False
    return False


def trim_clause(
    tokens: Tokens, start: int, end: int, least: int | None = None
) -> tuple[int, int] | None:
    full_end = end
    while end > start and (
        tokens.lower[end - 1] in _TRAILING or not tokens.text[end - 1][0].isalnum()
    ):
        if tokens.text[end - 1] in (")", "%", "]"):
            break
        end -= 1
    words = word_count(tokens, start, end)
    cut = full_end < len(tokens) and tokens.quote[full_end] >= 0
    cut = cut and tokens.quote[full_end] not in tokens.inline
    if words < (_MIN_WORDS_BEFORE_QUOTE if cut else (least or MIN_WORDS)) and not (
        not cut and least is None and _pronoun_and_past(tokens, start, end)
    ):
        return None
    return start, end


def _pronoun_and_past(tokens: Tokens, start: int, end: int) -> bool:
    """Whether a clause of two words is a subject pronoun and a verb in the past, a
    sentence of its own: "said she disagreed", "said he understood" (not "said he
    would")."""
    if end - start != 2:
        return False
    verb = tokens.lower[start + 1]
    return (
        tokens.lower[start] in _CLAUSE_PRONOUNS
        and (verb.endswith("ed") or verb in IRREGULAR_PASTS)
        and verb.isalpha()
        and verb not in AUXILIARIES
    )


#: Subject pronouns of a clause of two words: "said she disagreed".
_CLAUSE_PRONOUNS = word_list("clause_pronouns")


def participle_opener(tokens: Tokens, start: int, comma: int) -> bool:
    """Whether the words [start, comma) before an attribution open with the participle of
    a reporting verb and a function word ("Asked whether the bill could pass, Dale
    laughed", "Pressed on the cost, he said"): the question put to the speaker, an
    adverbial clause, no words reported."""
    form = CUE_FORMS.get(tokens.lower[start])
    return (
        form is not None
        and form.kind is FormKind.PAST
        and start + 1 < comma
        and tokens.lower[start + 1] in FUNCTION_WORDS
        and tokens.text[start][:1].isupper()
    )


def question_put(tokens: Tokens, cue: Cue, sf: int, start: int) -> bool:
    """Whether the words at token ``start`` after a cue in the sentence opening at ``sf``
    are no words of the cue's: the cue sits in an opening participle that ends at a comma
    before them ("Asked what she would say to other drivers, Angela Reid paused"), or it
    puts a question to the subject it follows ("Olena, asked through her son what she
    would tell Canadians, was quiet"); bounded: only near the sentence's start."""
    if cue.first - sf > _QUESTION_REACH:
        return False
    comma = next((j for j in range(sf, start) if tokens.text[j] == ","), -1)
    if cue.first < comma and participle_opener(tokens, sf, comma):
        return True
    form = CUE_FORMS.get(tokens.lower[cue.first])
    if (
        form is None
        or form.kind is not FormKind.PAST
        or form.lemma not in QUESTION_VERBS
        or cue.first - 1 <= sf
        or tokens.text[cue.first - 1] != ","
        or "," in tokens.text[sf : cue.first - 1]
    ):
        # ("Ruth Marcus, an editor at the Post, asked Mook if ...": the comma closes a
        # description, and she asks)
        return False
    subject = phrase_before(tokens, cue.first - 1, sf)
    return subject is not None and subject.first == sf


def amount_taken(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether a number at token ``k``, right after a cue, is the amount the verb takes,
    no subject of words reported: "added 22 points", "added 3 per cent" (not "added 30
    people were hurt": a finite verb two words on)."""
    return number_at(tokens, k, sl) and not (k + 2 < sl and tokens.lower[k + 2] in FINITE_WORDS)


def event_relative(tokens: Tokens, phrase: Phrase) -> bool:
    """Whether a speaker phrase opens with an article and a noun of what was done before
    the name, so that the cue after it is in a relative clause about that thing: "a move
    French Language Minister Isabelle Côté described as" (the clause before the comma is
    what was done, no words of hers)."""
    first = phrase.first
    return (
        phrase.name is not None
        and first + 1 < phrase.name[0]
        and tokens.lower[first] in ("a", "an", "the", "another")
        and tokens.lower[first + 1] in _EVENT_NOUNS
    )


#: Words that end a length of time after a cue: "30 minutes into", "two days later".
_DURATION_ENDS = word_list("duration_ends")
#: Words that count a length of time: "an hour", "two days", "several weeks".
_DURATION_COUNTS = word_list("duration_counts")
#: Verbs of writing whose object may be the document written: "wrote a letter to".
_WRITING_VERBS = word_list("writing_verbs")


def document_written(tokens: Tokens, cue: Cue, k: int, sl: int) -> bool:
    """Whether what a verb of writing takes at token ``k`` is a document, no words: "wrote
    a letter to the mayor", "penned an op-ed" (not "wrote the letter was late")."""
    if cue.lemma not in _WRITING_VERBS or k + 1 >= sl:
        return False
    lower = tokens.lower
    if lower[k] not in DETERMINERS and lower[k] not in POSSESSIVES:
        return False
    j = k + 1
    while j < sl and j - k <= 3 and lower[j] not in DOCUMENT_NOUNS and tokens.text[j][:1].isalpha():
        j += 1  # "a scathing letter", "a new op-ed"
    return (
        j < sl and lower[j] in DOCUMENT_NOUNS and (j + 1 >= sl or lower[j + 1] not in FINITE_WORDS)
    )


def duration_at(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether a length of time that a word such as "into" or "before" ends opens at
    token ``k``: "30 minutes into the debate", "an hour before the rally"."""
    lower = tokens.lower
    if k >= sl or not (tokens.text[k][0].isdigit() or lower[k] in _DURATION_COUNTS):
        return False
    j = k + 1
    if j < sl and lower[j] in ("few", "more"):
        j += 1  # "a few hours later"
    return j + 1 < sl and lower[j] in TIME_UNITS and lower[j + 1] in _DURATION_ENDS


def named_opener(tokens: Tokens, cue: Cue, sf: int) -> bool:
    """Whether a name opens the sentence as the cue's speaker, a description before or
    after it: "The lead author, Sarah Qureshi, said", "Nimit Nonthapanthawat, chief
    economist at Bangkok Bank, said"."""
    before = phrase_before(tokens, cue.first, sf)
    if before is None or before.name is None:
        return False
    return min(before.first, before.description[0] if before.description else sf) == sf


#: The most words of a participle's aside between a cue and its "that".
_ASIDE_WORDS = 12


def past_aside(tokens: Tokens, k: int, sl: int) -> int:
    """Past a participle's aside between commas before "that" at token ``k``: "said on
    Monday, speaking on condition of anonymity, that ..." (else ``k``)."""
    if k + 2 >= sl or tokens.text[k] != "," or not tokens.lower[k + 1].endswith("ing"):
        return k
    for j in range(k + 2, min(sl - 1, k + _ASIDE_WORDS)):
        if tokens.text[j] == ",":
            return j + 1 if tokens.lower[j + 1] == "that" else k
    return k


def own_complement(tokens: Tokens, end: int, sl: int) -> bool:
    """Whether the verb before token ``end`` goes on with a complement of its own, an
    infinitive or a gerund: "Tom Hale continues to be plagued by stumbles", "she should
    have insisted on getting them out" (no attribution closing what comes before)."""
    if end + 1 >= sl:
        return False
    w, after = tokens.lower[end], tokens.lower[end + 1]
    return (w == "to" and infinitive_after(tokens, end + 1)) or (
        w in ("on", "about", "of") and after.endswith("ing") and tokens.text[end + 1].islower()
    )


#: The fewest words of a clause kept before a comma or a conjunction in reported words.
_LEAST_CLAUSE = 3
#: Marks and conjunctions after which reported words go on into a clause of their own:
#: "said the party was open to it and would “look at anything”".
_CLAUSE_JOINS = word_list("clause_joins")


def before_own_quote(tokens: Tokens, found: Sequence[Found | None], item: IndirectSpeech) -> bool:
    """Whether reported words stay, trimmed: when they run on into quoted words of their
    sentence that the same cue attributes (``found`` holds each quotation's attribution),
    the partial quotation reports the utterance ("Khalif said Trump is a “racist bigot”":
    not also the words "Trump is a" before its marks), and only a clause before a "but"
    stays ("said the plan was sound but the “details are missing”": "the plan was
    sound"), as does one before a comma or "and"."""
    k = item.last
    if k >= len(tokens.text) or tokens.sent[k] != tokens.sent[item.first]:
        return True
    qi = tokens.quote[k]
    if qi < 0 or qi >= len(found):
        return True
    own = found[qi]
    if own is None or own.cue is None or own.cue != item.found.cue:
        return True
    for m in range(k - 1, item.first + _LEAST_CLAUSE - 1, -1):
        if tokens.lower[m] in _CLAUSE_JOINS:
            item.last = m - 1 if tokens.text[m - 1] == "," else m
            return True
    return False
