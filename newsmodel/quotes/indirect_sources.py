"""Indirect speech whose source stands in an adjunct: "According to X, CLAUSE",
"CLAUSE, according to X", "A, according to X, and B", "As X said, CLAUSE", "CLAUSE, as X
noted"; and the openers and adjuncts before a clause that such sources read past.
"""

from __future__ import annotations

import attrs

from newsmodel.model import SpeakerKind
from newsmodel.quotes.clauses import CLAUSE_FINITE, clause_ahead
from newsmodel.quotes.cue_speaker import ADJUNCT_PREPOSITIONS, Context, Found
from newsmodel.quotes.cues import Cue, is_adverb
from newsmodel.quotes.lexicon import (
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    PERSON_NOUNS,
    TITLE_WORDS,
    FormKind,
    word_list,
)
from newsmodel.quotes.phrase_words import FINITE_WORDS
from newsmodel.quotes.reported_clause import (
    MAX_CLAUSE,
    IndirectSpeech,
    attribution_end,
    clause_end,
    trim_clause,
)
from newsmodel.quotes.speaker_after import phrase_after
from newsmodel.quotes.speaker_kinds import DETERMINERS, POSSESSIVES, SUBJECT_PRONOUNS, Phrase
from newsmodel.quotes.speakers import phrase_before
from newsmodel.quotes.tokens import Tokens, word_count

__all__ = [
    "CLAUSE_OPENERS",
    "according",
    "according_and",
    "as_fronted",
    "as_source",
    "fronted_adjunct",
    "predicate_after",
]

#: Words after ", according to X," that open no predicate of the clause before it.
_NOT_PREDICATE_OPENERS = word_list("not_predicate_openers")
#: Conjunctions and a dash that open a sentence before the clause an attribution after it
#: reports: "And the plan, she said, ...".
CLAUSE_OPENERS = word_list("clause_openers")
#: Verbs of an "as" clause that names the source of the clause beside it: "As Ann Reid
#: told the Star, ...", "..., as Ken Ober noted."
_AS_SOURCE_VERBS = word_list("as_source_verbs")
#: Conjunctions that open a sentence before the clause that "according to" reports.
_CONJUNCTION_OPENERS = word_list("conjunction_openers")
#: The most words of an adjunct alone before ", X said" ("Following a town hall in Dover
#: last week"): a longer run holds a clause, its verb perhaps irregular ("came", "led").
_MAX_ADJUNCT = 10


def according_and(tokens: Tokens, item: IndirectSpeech, sl: int) -> IndirectSpeech | None:
    """The clause after a mid-sentence source: "A, according to X, and B"."""
    phrase = item.found.phrase
    if phrase is None:
        return None
    k = max(phrase.last, phrase.description[1] if phrase.description else 0)
    if k + 2 >= sl or tokens.text[k] != "," or tokens.lower[k + 1] != "and":
        return None
    end = clause_end(tokens, k + 2, sl)
    span = trim_clause(tokens, k + 2, end)
    if span is None:
        return None
    return IndirectSpeech(span[0], span[1], attrs.evolve(item.found))


def as_fronted(ctx: Context, cue: Cue, sf: int, sl: int) -> IndirectSpeech | None:
    """As X said (to Y), CLAUSE.  /  As reported by X, CLAUSE.: the source of the clause
    after the comma, named in the "as" clause that opens the sentence (not "As he said
    goodbye, ...": the cue has an object)."""
    tokens = ctx.tokens
    if cue.lemma not in _AS_SOURCE_VERBS or cue.kind not in (FormKind.PAST, FormKind.PRESENT):
        return None
    opening = sf
    while opening < cue.first and (
        tokens.lower[opening] in CLAUSE_OPENERS
        or tokens.lower[opening] == "however"
        or (opening > sf and tokens.text[opening] == ",")
    ):
        opening += 1  # "However, as the Star has reported, ..."
    if tokens.lower[opening] != "as":
        return None
    if cue.first - 1 == opening:
        if cue.last + 1 >= sl or tokens.lower[cue.last] != "by":
            return None
        phrase = phrase_after(tokens, cue.last + 1, sl)  # "As reported by Western Journal,"
        end = phrase.last if phrase is not None else sl
    else:
        phrase = phrase_before(tokens, cue.first, opening + 1)
        if phrase is None or phrase.first - 1 != opening:
            return None
        end = attribution_end(tokens, cue, cue.last, sl)
    if (
        phrase is None
        or end < 0
        or not as_source(tokens, cue, phrase)
        or end + 1 >= sl
        or tokens.text[end] != ","
    ):
        return None
    start = _after_adjunct(tokens, end + 1, sl)
    span = trim_clause(tokens, start, clause_end(tokens, start, sl))
    if span is None or not clause_ahead(tokens, start, sl):
        return None
    return IndirectSpeech(
        span[0], span[1], Found(phrase, ctx.cue_span(cue), "indirect-after", 0.75)
    )


def _after_adjunct(tokens: Tokens, start: int, sl: int) -> int:
    """Where a clause starts after an adjunct set off by commas at token ``start`` ("even
    on Friday morning, the White House ...", "however, ..."), else ``start``."""
    k = start
    while k < sl and is_adverb(tokens.lower[k]):
        k += 1
    comma = k
    while comma < min(sl, k + _MAX_ADJUNCT + 1) and tokens.text[comma] != ",":
        comma += 1
    if comma >= sl or tokens.text[comma] != ",":
        return start
    if (k == comma and k > start) or (k < comma and fronted_adjunct(tokens, k, comma)):
        return comma + 1
    return start


def as_source(tokens: Tokens, cue: Cue, phrase: Phrase) -> bool:
    """Whether "as" with the cue and its speaker names a source ("as Ken Ober noted",
    "as she said"), not a saying ("as they say") nor a plan ("as Sanders proposes")."""
    return cue.lemma in _AS_SOURCE_VERBS and (
        phrase.pronoun is None or tokens.lower[phrase.first] in ("he", "she")
    )


def fronted_adjunct(tokens: Tokens, start: int, comma: int) -> bool:
    """Whether tokens [start, comma) are an adjunct alone, with no clause: "On Thursday
    night", "On Nov. 15, 2019", "Following a town hall in Dover last week" (a preposition
    or a participle opens a few words that no comma parts but a date's, and no finite verb
    follows; not "About 90 pct of the assets came from Asia", nor "Seeing his brother
    suffering led him to ...")."""
    w = tokens.lower[start]
    if not (w in ADJUNCT_PREPOSITIONS or (w.endswith("ing") and tokens.text[start][0].isupper())):
        return False
    if comma - start > _MAX_ADJUNCT or tokens.text[start + 1][0].isdigit():
        return False
    text = tokens.text
    if any(
        text[m] == ","
        # (but the comma of a date: "On Nov. 15, 2019")
        and not (m + 1 < comma and text[m + 1].isdigit() and len(text[m + 1]) == 4)
        for m in range(start, comma)
    ):
        return False
    return not any(clause_ahead(tokens, k, comma) for k in range(start, comma))


def _documents_after(tokens: Tokens, k: int, sl: int) -> Phrase | None:
    """Documents named in the plural after "according to", whose noun reads as a verb
    elsewhere: "according to reports", "according to press reports", "according to
    statements by the company" (a noun phrase is all "according to" takes)."""
    j = k
    while j < sl and j - k < 3 and tokens.quote[j] < 0 and tokens.text[j].isalpha():
        w = tokens.lower[j]
        if tokens.text[j][0].isupper() or w in FUNCTION_WORDS:
            return None
        if w.endswith("s") and w[:-1] in DOCUMENT_NOUNS:
            return Phrase(k, j + 1, SpeakerKind.DOCUMENT, role=w)
        j += 1
    return None


#: Measures whose maker is the source after "according to": "a count by", "data from".
_MEASURES = word_list("measure_nouns")
#: Participles between a measure and its maker: "data compiled by".
_MADE_BY = word_list("measure_participles")
#: Who may make a measure.
_SOURCE_KINDS = frozenset({SpeakerKind.ORGANISATION, SpeakerKind.PERSON, SpeakerKind.GROUP})


def according(ctx: Context, cue: Cue, sf: int, sl: int) -> IndirectSpeech | None:
    """According to X, CLAUSE.  /  CLAUSE, according to X."""
    tokens = ctx.tokens
    k = cue.last
    if k + 1 < sl and tokens.lower[k] == "even":
        k += 1  # "according to even his own supporters"
    phrase = phrase_after(tokens, k, sl) or _documents_after(tokens, k, sl)
    if phrase is None:
        return None
    if phrase.description is not None and (
        tokens.lower[phrase.description[0]] in CLAUSE_FINITE
        or predicate_after(tokens, cue.first, phrase.description, sf, sl)
    ):
        # "The project, according to the city, is slated to ...": no appositive, the verb
        phrase = attrs.evolve(phrase, description=None)
    named = _apposed_name(tokens, phrase, phrase.last, sl)
    if named is not None:
        phrase = named  # "According to its Paris lawyer, Tom Hale of Brixo, CLAUSE": Hale
    after = max(phrase.last, phrase.description[1] if phrase.description else 0)
    start = end = -1
    before_words = word_count(tokens, sf, cue.first)
    mid_sentence = (
        cue.first - 1 > sf
        and tokens.text[cue.first - 1] == ","
        and before_words >= 4
        and not any(tokens.quote[k] >= 0 for k in range(sf, cue.first))
    )
    inside = cue.first - 1 > sf and _inside_clause(tokens, cue.first, after, sl)
    if (
        _starts_clause(tokens, cue.first, sf)
        and (not _closes_clause(tokens, phrase, sl) or phrase.description is not None)
        and not mid_sentence
        and not inside
    ):
        # "According to a poll released by the university on Monday, CLAUSE": the
        # clause starts after the first comma, however long the source
        comma = after
        while comma < min(sl, after + 30) and tokens.text[comma] != "," and tokens.quote[comma] < 0:
            comma += 1
        if comma < sl and tokens.text[comma] == ",":
            start = _after_appositive(tokens, comma + 1, sl)
            end = clause_end(tokens, start, sl)
        elif (
            phrase.description is not None
            and phrase.description[0] > phrase.last
            and (
                _opens_sentence(tokens, cue.first, sf)
                or tokens.text[_before_openers(tokens, cue.first, sf)] == ":"
            )
        ):
            # "According to the report, the company lost money.": no appositive (so after
            # a colon: "It has not gone unnoticed: According to polls, Dale holds ...")
            start = phrase.description[0]
            end = clause_end(tokens, start, sl)
            phrase.description = None
    if start < 0:
        # "CLAUSE, according to X." / "CLAUSE according to X."
        if not (
            cue.first - 1 > sf
            and cue.first - sf <= MAX_CLAUSE
            and (tokens.text[cue.first - 1] == "," or _closes_clause(tokens, phrase, sl))
        ):
            return None
        start = sf
        end = cue.first - 1 if tokens.text[cue.first - 1] == "," else cue.first
        while start < end and tokens.lower[start] in _CONJUNCTION_OPENERS:
            start += 1
        if any(
            tokens.quote[k] >= 0 and tokens.quote[k] not in tokens.inline for k in range(start, end)
        ):
            return None
        if inside:
            # "Some of those concerns, according to experts, include ...": the clause
            # goes on after the source, which sits inside it
            end = clause_end(tokens, after + 1, sl)
    span = trim_clause(tokens, start, end)
    if span is None:
        return None
    # "according to a count by the Ontario Hospital Workers’ Coalition": the counter
    phrase = _measured_by(tokens, phrase, sl) or phrase
    return IndirectSpeech(
        span[0], span[1], Found(phrase, ctx.cue_span(cue), "indirect-according", 0.75)
    )


def _measured_by(tokens: Tokens, phrase: Phrase, sl: int) -> Phrase | None:
    """The one who made a measure a source after "according to" is: "a count by the
    Ontario Hospital Workers’ Coalition", "data compiled by Meridian Financial Data",
    "figures from the Institut de la statistique du Québec" (a name after "by" or
    "from")."""
    k = next(
        (m for m in range(phrase.first, min(sl, phrase.last + 1)) if tokens.lower[m] in _MEASURES),
        -1,
    )
    if k < 0:
        return None
    k += 1
    if k < sl and tokens.lower[k] in _MADE_BY:
        k += 1  # "compiled by"
    if k + 1 >= sl or tokens.lower[k] not in ("by", "from"):
        return None
    source = phrase_after(tokens, k + 1, sl)
    if source is None or source.kind not in _SOURCE_KINDS:
        return None
    named = source.first + (tokens.lower[source.first] == "the")
    if source.name is None and not tokens.text[named][:1].isupper():
        return None  # (not "a count by volunteers": no one named)
    return source


def predicate_after(
    tokens: Tokens, cue: int, description: tuple[int, int], sf: int, sl: int
) -> bool:
    """Whether what reads as a description after ", according to X," (or ", said X,") is
    the predicate of the subject before it: "Some of those risks, according to engineers,
    include the age of ...": the words before the source hold no verb, the description runs
    to the end of the sentence, and it opens with a word in lower case that no appositive
    opens with (not "according to Ann Reid, chief of Brixo", "..., who founded it")."""
    d, end = description
    w = tokens.lower[d]
    return (
        cue - 1 > sf
        and tokens.text[cue - 1] == ","
        and (end >= sl or tokens.text[end] in (".", "!", "?", ";"))
        and tokens.text[d][0].islower()
        and w not in DETERMINERS
        and w not in POSSESSIVES
        and w not in FUNCTION_WORDS
        and w not in PERSON_NOUNS
        and w not in TITLE_WORDS
        and not w.endswith(("ing", "ed"))
        and not any(tokens.lower[k] in FINITE_WORDS for k in range(sf, cue))
    )


def _opens_sentence(tokens: Tokens, k: int, sf: int) -> bool:
    """Whether only conjunctions and adverbs stand before token ``k`` in its sentence."""
    return _before_openers(tokens, k, sf) < sf


def _apposed_name(tokens: Tokens, phrase: Phrase, comma: int, sl: int) -> Phrase | None:
    """The person named between commas after a source described as a person alone ("its
    Paris lawyer, Tom Hale of Brixo,"), with the description, else None (not a title
    after a body's report: "the World Bank report, Intifada, ...")."""
    if (
        phrase.name is not None
        or phrase.pronoun is not None
        or phrase.kind not in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS)
        or comma + 1 >= sl
        or tokens.text[comma] != ","
    ):
        return None
    named = phrase_after(tokens, comma + 1, sl)
    if (
        named is None
        or named.name is None
        or named.kind is not SpeakerKind.PERSON
        or named.first != comma + 1
        or named.last >= sl
        or tokens.text[named.last] != ","
    ):
        return None
    return attrs.evolve(named, description=(phrase.first, phrase.last))


def _after_appositive(tokens: Tokens, k: int, sl: int) -> int:
    """Where the clause starts after "According to X," at token ``k``: after a short
    indefinite appositive and its comma ("According to Ana Ruiz, a lawyer, the plan ..."),
    else at ``k``."""
    if k >= sl or tokens.lower[k] not in ("a", "an"):
        return k
    j = k + 1
    while j < min(sl, k + 7) and tokens.text[j] != "," and tokens.quote[j] < 0:
        if tokens.lower[j] in CLAUSE_FINITE or tokens.text[j] in (".", ";", ":"):
            return k
        j += 1
    if j + 1 < sl and tokens.text[j] == "," and tokens.quote[j + 1] < 0:
        return j + 1
    return k


def _inside_clause(tokens: Tokens, cue: int, after: int, sl: int) -> bool:
    """Whether ", according to X," sits inside its clause, between a subject and its
    verb: "The project, according to city officials, is slated to ..." (not before a
    clause of its own, "However, according to researchers, it will ...", nor before an
    appositive, "..., according to the Nationwide, their biggest fall")."""
    return (
        tokens.text[cue - 1] == ","
        and after + 1 < sl
        and tokens.text[after] == ","
        and tokens.text[after + 1][0].islower()
        and tokens.lower[after + 1] not in _NOT_PREDICATE_OPENERS
        and tokens.lower[after + 1] not in DETERMINERS
        and tokens.lower[after + 1] not in POSSESSIVES
        and tokens.lower[after + 1] not in SUBJECT_PRONOUNS
        and tokens.quote[after + 1] < 0
    )


def _closes_clause(tokens: Tokens, phrase: Phrase, sl: int) -> bool:
    """Whether an "according to" phrase ends its sentence: "CLAUSE according to X."."""
    end = max(phrase.last, phrase.description[1] if phrase.description else 0)
    return end >= sl or tokens.text[end] in (".", "!", "?", ";")


def _starts_clause(tokens: Tokens, k: int, sf: int) -> bool:
    j = _before_openers(tokens, k, sf)
    return j < sf or tokens.text[j] in (",", ";", ":", "—", "–")


def _before_openers(tokens: Tokens, k: int, sf: int) -> int:
    """The token before the conjunctions and adverbs that stand right before token ``k``
    (``sf - 1`` when only they open the sentence)."""
    j = k - 1
    while j >= sf and (
        tokens.lower[j] in ("and", "but", "so", "also") or is_adverb(tokens.lower[j])
    ):
        j -= 1
    return j
