"""Where the words a cue reports begin: the people told ("told reporters that"), the
adjuncts between ("said in a statement on Friday that"), and whether a finite clause
starts at a token. Read by :mod:`newsmodel.quotes.indirect`.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from newsmodel.names import HONORIFICS
from newsmodel.quotes.cues import ADVERBS, SENTENCE_ENDS, is_adverb
from newsmodel.quotes.lexicon import (
    FUNCTION_WORDS,
    GROUP_NOUNS,
    OUTLETS,
    SUBORDINATORS,
    word_list,
)
from newsmodel.quotes.phrase_words import infinitive_after
from newsmodel.quotes.proper_names import is_given_name
from newsmodel.quotes.speaker_after import phrase_after
from newsmodel.quotes.speaker_kinds import CURRENCY_SIGNS, DETERMINERS, POSSESSIVES, TIME_UNITS
from newsmodel.quotes.speakers import FINITE_WORDS
from newsmodel.quotes.tokens import Tokens

__all__ = [
    "APPROXIMATE_PREPOSITIONS",
    "CLAUSE_FINITE",
    "CONTENT_NOUNS",
    "IRREGULAR_PASTS",
    "TAIL_OPENERS",
    "WH",
    "aside_before_that",
    "clause_ahead",
    "main_clause_after",
    "number_at",
    "points_back",
    "recipient_before_clause",
    "rest_of_recipient",
    "skip_adjuncts",
    "skip_adverbs",
    "skip_recipient",
    "tells_a_thing",
]

#: Words that open an indirect question after a cue: "asked whether ...".
WH = word_list("wh_words")
#: Finite verbs that show a clause ahead: "Critics said the repairs came too late".
CLAUSE_FINITE = word_list("clause_finite_words")
#: Words after "not" that open a clause's subject: "said not everyone agreed".
_NOT_SUBJECTS = word_list("not_subjects")
#: The most words of the subject of a clause after two adjuncts, before its verb.
_SHORT_SUBJECT = 6
#: Prepositions whose object is a noun phrase: a word in "-s" after them and one modifier
#: is a noun ("a round of informal talks"), no verb.
_OBJECT_PREPOSITIONS = word_list("pp_object_prepositions")
#: Simple pasts not in "-ed": "Hale claimed Mr Ford broke a pledge", and the words after
#: which one is no verb of the clause reported ("an incident that left her in tears").
IRREGULAR_PASTS = word_list("irregular_pasts")
_INNER_CLAUSE_OPENERS = word_list("inner_clause_openers")
#: Units of a share or a market's move after a number: "12 points to 540".
_SHARE_UNITS = word_list("share_units")
_ADJUNCT_PREPOSITIONS = word_list("clause_adjunct_prepositions")
_THAT_ADJUNCT_PREPOSITIONS = word_list("that_adjunct_prepositions")
#: Nouns whose "that" clause is their own content: "the news that ...".
CONTENT_NOUNS = word_list("content_nouns")
#: Words that open an aside between a cue and its words: "said, despite the rain, ...".
_ASIDE_PREPOSITIONS = word_list("aside_prepositions")
#: Nouns of a broadcast after a channel's name: "BBC Radio 4's Today programme".
_PROGRAMME_NOUNS = word_list("programme_nouns")
#: Where a recipient's words stop: before "that" ("told the Today programme that"), and,
#: before the words told with no "that", before a determiner or a preposition.
_THAT = frozenset({"that"})
#: Prepositions of what those told have or know, before the "to" they are urged to.
_RECIPIENT_TOPICS = word_list("recipient_topics")
_BEFORE_CLAUSE_STOPS = DETERMINERS | _ADJUNCT_PREPOSITIONS | {"of"}
_NO_CLAUSE_OPENERS = word_list("no_clause_openers")
#: The most words of a subject that a possessive opens before its verb: "his attack was".
_POSSESSIVE_SUBJECT_WORDS = 6
_SUBJECTS = word_list("clause_subject_words")
_PRONOUN_SUBJECTS = word_list("pronoun_subjects")
_TIME = word_list("clause_time_words")
#: Prepositions of a length of time after a cue: "said for six years that".
_SPAN_PREPOSITIONS = word_list("span_prepositions")
#: Words that count a length of time without a number: "for several weeks".
_SPAN_COUNTS = word_list("span_counts")
#: Times that "that" makes an adjunct of: "said that night", "announced that same day".
_THAT_TIMES = word_list("that_times")
#: Words that may follow an attribution, or the people told: "told reporters on Monday".
TAIL_OPENERS = word_list("tail_openers")
#: Words before a number at the start of a clause: "about 200", "at least 600".
_APPROXIMATORS = word_list("approximators")
APPROXIMATE_PREPOSITIONS = word_list("approximate_prepositions")
_ARTICLE_NUMBERS = word_list("article_numbers")
_NUMBER_WORDS = word_list("clause_number_words")
_MORE_OR_FEWER = word_list("more_or_fewer")
_MULTIPLIERS = word_list("amount_multipliers")
#: Plurals that are no verb: "posted a record profit thanks to cost cuts".
_NO_VERB_PLURALS = word_list("plural_nouns_no_verbs")
#: The people told, alone after a cue: "told reporters that", "assured us".
_RECIPIENTS = word_list("recipients")
_RECIPIENTS_AFTER_THE = word_list("recipients_after_the")
#: What one tells that is no one told: "tells the story of", "tells of".
_TOLD_THINGS = word_list("told_things")
#: Tokens that may follow the people told: "told reporters that", "told the BBC."
_RECIPIENT_ENDS = frozenset({"that", ",", ":", ".", "!", "?", ";"})
#: Prepositions and adjectives before a word of time: "on Saturday", "late Monday".
_TIME_PREPOSITIONS = word_list("time_prepositions")
#: Words after "to" that make it an adjunct, not an infinitive: "to reporters", "to his
#: staff".
_TO_ADJUNCT_WORDS = word_list("to_adjunct_words")


def skip_adverbs(tokens: Tokens, k: int, sl: int) -> int:
    """Step over the adverbs from token ``k``: "said publicly that"."""
    lower = tokens.lower
    # an adverb is listed or ends in "-ly": test that before calling is_adverb
    while (
        k < sl
        and tokens.quote[k] < 0
        and (lower[k] in ADVERBS or (lower[k].endswith("ly") and is_adverb(lower[k])))
        and not _time_owner(tokens, k, sl)  # "said last night's vote": no adverb
    ):
        k += 1
    return k


def _subject_name(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether a person's name at token ``k`` opens a clause, its subject: the words told
    after an outlet ("told the BBC Michael Dale has", "told Reuters Mr. Dale would"; not
    "told BBC News he had", nor "told BBC Wales he had": the outlet's name going on)."""
    t = tokens.text[k]
    return (is_given_name(t) or t.rstrip(".") in HONORIFICS) and clause_ahead(tokens, k, sl)


def rest_of_recipient(tokens: Tokens, k: int, sl: int) -> int:
    """Where "that" follows what is left of a long recipient ("told the Reuters news
    agency that", "told BBC Radio 4's Today programme that"): at "that", else ``k``."""
    j = k
    while j < min(sl, k + 6) and tokens.quote[j] < 0:
        w = tokens.lower[j]
        if w == "that":
            return j if j > k else k
        if w not in ("’s", "'s") and (
            w in FUNCTION_WORDS or w in DETERMINERS or not tokens.text[j][0].isalnum()
        ):
            return k  # "told reporters the plan ...", "urged X to reinstate rules that"
        j += 1
    return k


def main_clause_after(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether the clause that "when" opens at token ``k`` is followed by a comma and a
    main clause, the words reported ("Scheer said when Trudeau dismisses any concerns,
    he is ..."), not a time alone ("told NBC when asked about Bill Clinton")."""
    for j in range(k + 1, sl - 1):
        if tokens.quote[j] >= 0:
            return False
        if tokens.text[j] == "," and clause_ahead(tokens, j + 1, sl):
            return True
    return False


def tells_a_thing(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether what is told from token ``k`` is a thing, not a person: "tells the story
    of", "tells of a mission"."""
    w = tokens.lower[k] if k < sl else ""
    if w in DETERMINERS or w in POSSESSIVES:
        w = tokens.lower[k + 1] if k + 1 < sl else ""
    return w in _TOLD_THINGS


def skip_recipient(tokens: Tokens, k: int, sl: int) -> int:
    """Step over the person told: "told reporters", "told the Associated Press"."""
    if k >= sl or tokens.quote[k] >= 0:
        return k
    w = tokens.lower[k]
    if w in _RECIPIENTS:
        return k + 1
    if (
        w == "the"
        and k + 2 < sl
        and tokens.lower[k + 1] in _RECIPIENTS_AFTER_THE
        and tokens.lower[k + 2] != "of"
    ):
        return k + 2  # "warned the public", "told the court" (not "the Court of Appeal")
    j = k + (w == "the")
    if j + 1 < sl and tokens.text[j] in OUTLETS and _subject_name(tokens, j + 1, sl):
        return j + 1  # "told the BBC Michael Dale has ...": the outlet, then the words
    phrase = phrase_after(tokens, k, sl)
    if (
        phrase is not None
        and phrase.first == k
        and phrase.last - k <= 6
        and not (phrase.last < sl and tokens.lower[phrase.last] in FINITE_WORDS)
    ):
        # "told the Associated Press that" (not "warned the plan would cost billions", nor
        # "warned the union would strike": the subject of the words)
        last = _channel_number(tokens, phrase.last, sl)
        if last < sl and tokens.lower[last] in _RECIPIENT_TOPICS:
            # "urged anyone with information about the break-ins to call": to its "to"
            to = next(
                (m for m in range(last + 1, min(sl, last + 6)) if tokens.lower[m] == "to"), -1
            )
            if (
                to > 0
                and infinitive_after(tokens, to + 1)
                # (a noun phrase between: not "told MPs on Tuesday care was needed to")
                and all(
                    tokens.text[m][:1].isalnum()
                    and (
                        tokens.lower[m] not in FUNCTION_WORDS
                        or tokens.lower[m] in DETERMINERS
                        or tokens.lower[m] in POSSESSIVES
                    )
                    for m in range(last + 1, to)
                )
            ):
                return to
        if last >= sl or _ends_recipient(tokens, last):
            return last
        if (
            phrase.name is not None
            and tokens.lower[last] in DETERMINERS
            and clause_ahead(tokens, last, sl)
        ):
            return last  # "told Oyama the company expects ...": the one named, then words
        longer = _recipient_words(tokens, k, sl)
        return longer if longer > k else last  # "told BBC Radio 4's Today programme."
    return _recipient_words(tokens, k, sl)


def _channel_number(tokens: Tokens, j: int, sl: int) -> int:
    """Where a recipient's name ending before token ``j`` ends when a number closes it,
    with the programme after it: "told BBC News 24 she had", "told BBC Radio 4's Today
    programme the US had"; else ``j``."""
    text = tokens.text
    if not (j + 1 < sl and text[j].isdigit() and text[j - 1][:1].isupper()):
        return j
    j += 1
    if tokens.lower[j] in ("’s", "'s"):
        # the programme's name, to its noun ("Today programme"), else its first word
        end = j + 1
        while (
            end < sl
            and end - j <= 4
            and tokens.quote[end] < 0
            and text[end][:1].isupper()
            and tokens.lower[end] not in _PROGRAMME_NOUNS
        ):
            end += 1
        if end < sl and tokens.lower[end] in _PROGRAMME_NOUNS:
            return end + 1
        return j + 2 if j + 1 < sl and text[j + 1][:1].isupper() else j - 1
    return j


def _ends_recipient(tokens: Tokens, j: int) -> bool:
    """Whether token ``j`` may follow the people told: "that", a comma, a sentence's end,
    a question word or a word that opens what they were told."""
    w = tokens.lower[j]
    return w in _RECIPIENT_ENDS or w in WH or w in TAIL_OPENERS


def _recipient_end(tokens: Tokens, k: int, j: int, sl: int, stops: AbstractSet[str]) -> int:
    """Where the few words of a recipient opening at token ``k`` end, read from token
    ``j``: words and possessives, no function word but "his", "her", "their" and "its",
    none of ``stops``, at most eight tokens."""
    lower = tokens.lower
    while (
        j < sl
        and j - k < 8
        and tokens.quote[j] < 0
        and (tokens.text[j][0].isalnum() or (j > k and lower[j] in ("’s", "'s")))
        and lower[j] not in stops
        and (lower[j] not in FUNCTION_WORDS or lower[j] in ("his", "her", "their", "its"))
    ):
        j += 1
    return j


def _recipient_words(tokens: Tokens, k: int, sl: int) -> int:
    """The end of a recipient of a few words from token ``k`` ("told the Today programme
    that", "told BBC Radio 4's Today programme."), else ``k``."""
    # "told BBC Radio 4's Today programme.", "told the Today programme."
    j = _recipient_end(tokens, k, k + 1 if tokens.lower[k] == "the" else k, sl, _THAT)
    if k == j or j - k > 7 or not (j >= sl or _ends_recipient(tokens, j)):
        return k
    if (j >= sl or tokens.text[j] in SENTENCE_ENDS) and not any(
        tokens.text[m][:1].isupper() for m in range(k, j)
    ):
        return k  # "asked questions.": a thing asked, no one named told
    return j


def recipient_before_clause(tokens: Tokens, k: int, sl: int) -> int:
    """Where the words told start after a recipient of a few words and no "that": "told
    the conference the Tories must not win", "told his party's spring conference the
    plan ..." (for "tell", whose first object is always the one told); else ``k``."""
    lower = tokens.lower
    j = k + 1 if k < sl and lower[k] in DETERMINERS else k
    j = _recipient_end(tokens, k, j, sl, _BEFORE_CLAUSE_STOPS)
    if (
        j == k
        or j >= sl
        or j - k >= 8
        or lower[j] not in DETERMINERS
        or tokens.text[j] != lower[j]  # "told the World Service's The Music Biz programme"
    ):
        return k
    return j if clause_ahead(tokens, j, sl) else k


def skip_adjuncts(tokens: Tokens, k: int, sl: int, depth: int = 0) -> int:
    """Step over time words and short prepositional phrases: "on Saturday", "in a statement",
    "in a statement on Friday that"."""
    for _ in range(3):
        if k >= sl or tokens.quote[k] >= 0:
            return k
        w = tokens.lower[k]
        if _time_owner(tokens, k, sl):
            return k  # "said this year's budget would ...": the time owns the subject
        if w in _TIME:
            k += 1
            continue
        if (
            w in _TIME_PREPOSITIONS
            and k + 1 < sl
            and (
                tokens.lower[k + 1] in _TIME
                or (
                    tokens.lower[k + 1] in ("the", "a")
                    and k + 2 < sl
                    and tokens.lower[k + 2] in _TIME
                )
            )
            # "during Saturday's debate", "during Saturday night's debate": a noun phrase
            # the day opens, read below
            and not _time_owner(tokens, k + 1, sl)
        ):
            k += 2 if tokens.lower[k + 1] in _TIME else 3
            continue
        if (
            w == "the"
            and k + 2 < sl
            and tokens.lower[k + 1] in ("next", "following", "previous")
            and tokens.lower[k + 2] in _TIME
            and not (k + 3 < sl and tokens.lower[k + 3] in FINITE_WORDS)
        ):
            k += 3  # "said the next morning", "said the following day that"
            continue
        if (
            w in ("last", "this", "next")
            and k + 1 < sl
            and tokens.lower[k + 1] in _TIME
            and not (k + 2 < sl and tokens.lower[k + 2] in FINITE_WORDS)  # "this year was"
        ):
            k += 2
            continue
        if w in _SPAN_PREPOSITIONS:
            # "said for six years that", "has argued for weeks that": a length of time
            j = k + 1
            if j < sl and (number_at(tokens, j, sl) or tokens.lower[j] in _SPAN_COUNTS):
                j += 1
            if j < sl and tokens.lower[j] in TIME_UNITS and tokens.quote[j] < 0:
                k = j + 1
                continue
        if w == "that" and k + 2 < sl:
            # "announced that same day", "said that night that ...": a time, no clause
            j = k + 2 if tokens.lower[k + 1] in ("same", "very") else k + 1
            if (
                j < sl
                and tokens.lower[j] in _THAT_TIMES
                # (not "said that month was the hardest": the time is the subject)
                and not (j + 1 < sl and tokens.lower[j + 1] in FINITE_WORDS)
            ):
                k = j + 1
                continue
        if w == "by" and k + 1 < sl:
            by = _by_adjunct(tokens, k, sl)
            if by > k:
                k = by
                continue
            return k
        if w in _THAT_ADJUNCT_PREPOSITIONS:
            # "wrote for the majority that", "said of the plan that": an adjunct only
            # before "that" and a clause
            # ("the portrait that Hale paints of a nation that adores ...": no subject
            # after "that"; "of the prospects that ...": the noun's own content)
            j = _phrase_end(tokens, k, sl)
            if (
                j > k + 1
                and j + 1 < sl
                and tokens.lower[j] == "that"
                and tokens.lower[j - 1] not in CONTENT_NOUNS
                and (
                    tokens.text[j + 1][0].isupper()
                    or tokens.lower[j + 1] in DETERMINERS
                    or tokens.lower[j + 1] in _PRONOUN_SUBJECTS
                )
                and clause_ahead(tokens, j + 1, sl)
            ):
                return j
            return k
        if w in _ADJUNCT_PREPOSITIONS and not (
            w == "to"
            and k + 1 < sl
            and tokens.text[k + 1][0].islower()
            and tokens.lower[k + 1] not in DETERMINERS
            and tokens.lower[k + 1] not in _TO_ADJUNCT_WORDS
            and tokens.lower[k + 1] not in GROUP_NOUNS  # "in a letter to members that"
        ):  # "to reporters" is an adjunct, "to call" an infinitive
            j = _phrase_end(tokens, k, sl)
            if (
                j > k + 1
                and (j >= sl or tokens.text[j] in (".", "!", "?", ";"))
                and not tokens.lower[k + 1].endswith("ing")  # (not "insisted on acting.")
            ):
                return j  # "said outside the courthouse.": the sentence ends, no words
            if (
                j > k + 1
                and j < sl
                and (
                    tokens.lower[j] in ("that", ",", ":")
                    # (not "outside the hotel where ...", "apologised to investors who
                    # lost money": a relative clause of the phrase's noun)
                    or (tokens.lower[j] in WH and tokens.lower[j] not in ("where", "when", "who"))
                )
            ):
                k = j + 1 if tokens.text[j] == "," else j
                continue
            if j > k + 1 and j < sl and depth < 2 and _adjunct_opener(tokens.lower[j]):
                # a second adjunct: "said in a statement on Friday that"
                m = skip_adjuncts(tokens, j, sl, depth + 1)
                if m > j and m < sl and tokens.lower[m] == "that":
                    return m
                if m > j and _subject_ahead(tokens, m, sl):
                    return m  # "said from Halverton in the south some nine tremors were"
            if _bare_plural_subject(tokens, k, j, sl):
                return j - 1  # "said in an interview costs would fall"
            if (
                j < sl
                and (
                    _second_phrase(tokens, k, j)
                    or (j > k + 1 and tokens.lower[j] in _PRONOUN_SUBJECTS)
                )
                and clause_ahead(tokens, j, sl)
            ):
                # "claimed in his speech the bill could be cut", "told supporters in
                # Washington she will protect"
                return j
            return k
        return k
    return k


def _subject_ahead(tokens: Tokens, m: int, sl: int) -> bool:
    """Whether a clause opens at token ``m`` with a short subject that a determiner or a
    pronoun opens, right before its finite verb ("some nine tremors were ...", "there
    were ..."; not "the shooting in a nightclub that his actions were")."""
    lower = tokens.lower
    if m >= sl or (lower[m] not in DETERMINERS and lower[m] not in _PRONOUN_SUBJECTS):
        return False
    j = m + 1
    while j < min(sl, m + _SHORT_SUBJECT) and lower[j] not in FINITE_WORDS:
        if tokens.quote[j] >= 0 or (lower[j] in FUNCTION_WORDS and lower[j] not in DETERMINERS):
            return False
        j += 1
    return j < sl and lower[j] in FINITE_WORDS


def _bare_plural_subject(tokens: Tokens, k: int, j: int, sl: int) -> bool:
    """Whether the last word of the adjunct read from the preposition at ``k`` to token
    ``j`` is the bare plural subject of a clause whose finite verb is at ``j``: "said in an
    interview costs would fall" (not "in an interview on costs")."""
    if j >= sl or j - k < 4 or tokens.lower[j] not in FINITE_WORDS:
        return False
    if tokens.lower[k + 1] not in DETERMINERS and tokens.lower[k + 1] not in POSSESSIVES:
        return False  # (not "at least 600 instructors had": a subject of its own)
    w = tokens.text[j - 1]
    return (
        w.isalpha()
        and w.islower()
        and w.endswith("s")
        and not w.endswith("ss")
        and w not in FUNCTION_WORDS
        and tokens.lower[j - 2] not in DETERMINERS
        and clause_ahead(tokens, j - 1, sl)
    )


def _second_phrase(tokens: Tokens, k: int, j: int) -> bool:
    """Whether token ``j`` opens a second noun phrase after the adjunct opened by the
    preposition at ``k``: a determiner after two words or more ("in that speech the
    cost"), or an article after a name or a time alone ("in March the plan")."""
    if j > k + 2:
        return tokens.lower[j] in DETERMINERS
    return j == k + 2 and tokens.lower[j] in ("the", "a", "an") and tokens.text[k + 1][0].isupper()


def _phrase_end(tokens: Tokens, k: int, sl: int) -> int:
    """Where the short noun phrase after the preposition at ``k`` ends (at most six
    words): "in a statement", "in that speech" (not past a second phrase: "in March the
    plan will")."""
    j = k + 1
    limit = min(sl, k + 7)
    while (
        j < limit
        and tokens.quote[j] < 0
        and (
            tokens.lower[j] in DETERMINERS
            or (j == k + 1 and tokens.lower[j] in ("that", "this", "these", "those"))
            or tokens.lower[j] in ("his", "her", "their", "its", "’s", "'s")
            or (tokens.text[j][0].isalnum() and tokens.lower[j] not in FUNCTION_WORDS)
        )
    ):
        if tokens.lower[j] == "that" and j > k + 1:
            break  # ("in that speech": a determiner right after the preposition)
        if _second_phrase(tokens, k, j):
            break  # "in that speech the cost could ...", "in March the plan will"
        j += 1
    return j


def aside_before_that(tokens: Tokens, k: int, sl: int) -> int:
    """Step over an adverb set off by commas before "that": "states however, that",
    "said, however, that", a short "per" aside: "said, per a translator, that", or a short
    concession or adjunct before the words: "said, despite the rain, the match would go
    ahead" (at the clause); else stay at ``k``."""
    j = k
    if j < sl and tokens.text[j] == ",":
        j += 1
        if j < sl and tokens.lower[j] in _ASIDE_PREPOSITIONS and tokens.quote[j] < 0:
            # "said, despite the rain, the match would go ahead": the clause after the aside
            m = j + 1
            while m < sl and m - j < 8 and tokens.text[m][:1].isalnum() and tokens.quote[m] < 0:
                m += 1
            if (
                m + 1 < sl
                and tokens.text[m] == ","
                and (tokens.lower[m + 1] == "that" or clause_ahead(tokens, m + 1, sl))
            ):
                return m + 1
            return k
    if j < sl and tokens.lower[j] == "per" and tokens.quote[j] < 0:
        j += 1
        while j < sl and j - k < 6 and tokens.text[j][:1].isalnum():
            j += 1  # "per a translator"
    elif j >= sl or not is_adverb(tokens.lower[j]) or tokens.quote[j] >= 0:
        return k
    else:
        j += 1
    if j + 1 < sl and tokens.text[j] == "," and tokens.lower[j + 1] == "that":
        return j + 1
    return k


def _time_owner(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether a time at token ``k`` (of one word, or of two: "this year", "Monday night")
    owns the noun after it: "Monday's vote", "this year's budget", "Monday night's vote"."""
    lower = tokens.lower
    j = k
    if j + 1 < sl and (lower[j] in ("last", "this", "next") or lower[j] in _TIME):
        j += lower[j + 1] in _TIME
    return j + 1 < sl and tokens.lower[j] in _TIME and tokens.lower[j + 1] in ("’s", "'s")


def _by_adjunct(tokens: Tokens, k: int, sl: int) -> int:
    """Where the words told start after "by" at token ``k``: after the agent before "that"
    ("was quoted as saying by local media that"), or after a year and a comma ("said by
    1990, sales could ..."); else ``k`` ("under questioning by lawyers who ...")."""
    lower = tokens.lower
    text = tokens.text
    if k + 3 < sl and text[k + 1].isdigit() and text[k + 2] == ",":
        return k + 3 if clause_ahead(tokens, k + 3, sl) else k
    j = k + 1
    while (
        j < sl
        and j - k < 6
        and tokens.quote[j] < 0
        and text[j][0].isalnum()
        and (lower[j] in DETERMINERS or lower[j] not in FUNCTION_WORDS)
        and not lower[j].endswith("ing")  # "respond by suggesting that": no agent
    ):
        j += 1
    return j if j > k + 1 and j < sl and lower[j] == "that" else k


def _adjunct_opener(w: str) -> bool:
    """Whether a word can open an adjunct after a cue: "on Friday", "in a statement"."""
    return w in _ADJUNCT_PREPOSITIONS or w in _TIME_PREPOSITIONS or w in _TIME


def clause_ahead(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether a finite clause seems to start at token ``k``: it opens like a noun phrase
    and a finite verb follows soon, before any punctuation but a dash."""
    if k >= sl:
        return False
    first = tokens.lower[k]
    if first in _APPROXIMATORS:
        # "about 200 members ...", "at least 600 instructors ...", "more than half ..."
        j = k + 1
        while j < min(sl, k + 3) and tokens.lower[j] in _APPROXIMATORS:
            j += 1
        if number_at(tokens, j, sl):
            return clause_ahead(tokens, j, sl)
        if first in APPROXIMATE_PREPOSITIONS:
            return False  # "tells us about a growing concern": a topic, no clause
    if first in _ADJUNCT_PREPOSITIONS or first in _NO_CLAUSE_OPENERS:
        return False  # "during a tour of radio shows": a preposition opens no clause
    if _amount_moved(tokens, k, sl):
        return False  # "the Kospi added 0.4 per cent to 2,106": an amount, no subject
    if tokens.text[k] in CURRENCY_SIGNS and number_at(tokens, k + 1, sl):
        return clause_ahead(tokens, k + 1, sl)  # "£2bn would be spent"
    if first == "not" and k + 1 < sl and tokens.lower[k + 1] in _NOT_SUBJECTS:
        return clause_ahead(tokens, k + 1, sl)  # "said not everyone supported the deal"
    if not tokens.text[k][0].isalnum() or (
        first in FUNCTION_WORDS
        and first not in _SUBJECTS
        and first not in DETERMINERS
        and not first.endswith("ing")
    ):
        if first in POSSESSIVES:
            return _possessive_subject(tokens, k, sl)
        return False
    if first in _PRONOUN_SUBJECTS and k + 1 < sl and tokens.text[k + 1][:1].islower():
        return True  # "they want", "he thinks"
    limit = min(sl, k + 16)
    j = k
    dashes = 0
    quote = tokens.quote
    lower = tokens.lower
    text = tokens.text
    inner = False  # past a word opening a clause inside the phrase: no simple past counts
    while j < limit:
        q = quote[j]
        if q >= 0:
            if q in tokens.inline:
                j = tokens.quote_range[q][1]
                continue
            return j > k + 1
        w = lower[j]
        t = text[j]
        if t in ("—", "–", "--"):
            dashes += 1
            if dashes > 2:
                return False
            j += 1
            continue
        if not t[0].isalnum() and t not in ("’s", "'s", "-", ","):
            return False
        if t == "," and not dashes:
            return False
        if w in ("’s", "'s"):
            if j > k and tokens.lower[j - 1] in _SUBJECTS:
                return True
            j += 1
            continue
        if w in CLAUSE_FINITE:
            return j > k
        inner = (
            inner
            or w in _INNER_CLAUSE_OPENERS
            # "details of a visit Bill Clinton made": a name after a noun opens a clause
            or (
                j > k
                and t[0].isupper()
                and text[j - 1][0].islower()
                and not _function(lower[j - 1])
            )
        )
        if (
            j > k
            and not dashes
            and ((w.endswith("ed") and len(w) > 3) or (w in IRREGULAR_PASTS and not inner))
            and not t[0].isupper()
            and lower[j - 1] not in DETERMINERS  # "the authorised biography": an adjective
            and lower[j - 1] not in POSSESSIVES
        ):
            return True
        if (
            j > k
            and not dashes
            and w.endswith("s")
            and len(w) > 3
            and not t[0].isupper()
            and not w.endswith("ss")
            and w not in _NO_VERB_PLURALS
            and tokens.lower[j - 1] not in DETERMINERS
            and tokens.lower[j - 1] not in FUNCTION_WORDS
            and not _counted(tokens, j - 1)
            and not tokens.lower[j - 1].endswith("ed")  # "detailed policies": a noun
            # "a round of informal talks": the noun of a preposition's object
            and not (j - 2 >= k and lower[j - 2] in _OBJECT_PREPOSITIONS)
        ):
            return True
        j += 1
    return False


def _function(word: str) -> bool:
    """Whether a word is a function word or a determiner (no noun a clause may follow)."""
    return word in FUNCTION_WORDS or word in DETERMINERS


def _amount_moved(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether a share or a count of points at token ``k`` goes "to", "at" or "from" a
    level: "added 0.4 per cent to 2,106", "rose 12 points to 540" (an amount, which opens
    no clause)."""
    if not tokens.text[k][0].isdigit():
        return False
    j = k + 1
    lower = tokens.lower
    if j + 1 < sl and lower[j] == "per" and lower[j + 1] == "cent":
        j += 2
    elif j < sl and lower[j] in _SHARE_UNITS:
        j += 1
    elif not tokens.text[k].endswith("%"):
        return False
    return j < sl and lower[j] in ("to", "at", "from")


def _possessive_subject(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether a clause opens at the possessive at token ``k``: a word of a finite verb
    ("was", "would", "had") follows within a few words, no punctuation between but a
    possessive ("insisted his attack was fair", "added his party's plans would be funded";
    not "announced its first annual results since ...")."""
    j = k + 1
    while (
        j < sl
        and j - k <= _POSSESSIVE_SUBJECT_WORDS
        and (tokens.text[j][0].isalnum() or tokens.lower[j] in ("’s", "'s"))
    ):
        if tokens.quote[j] >= 0:
            return False
        if tokens.lower[j] in CLAUSE_FINITE:
            return j > k + 1
        j += 1
    return False


def _counted(tokens: Tokens, j: int) -> bool:
    """Whether token ``j`` counts the plural noun after it: "30 cents", "12 more names",
    "5m euros", "three times" (no verb in "-s")."""
    w = tokens.lower[j]
    if (w in _MORE_OR_FEWER or w in _MULTIPLIERS) and j > 0:
        w = tokens.lower[j - 1]  # "12 more names", "5m euros", "two billion dollars"
        j -= 1
    return tokens.text[j][0].isdigit() or w in _NUMBER_WORDS


def number_at(tokens: Tokens, j: int, sl: int) -> bool:
    """Whether a number starts at token ``j``: "200", "two dozen", "a third", "$1.5"."""
    if j >= sl:
        return False
    w = tokens.lower[j]
    if w in ("a", "an") or tokens.text[j] in CURRENCY_SIGNS:
        nxt = tokens.lower[j + 1] if j + 1 < sl else ""
        return nxt in _ARTICLE_NUMBERS if w in ("a", "an") else nxt[:1].isdigit()
    return tokens.text[j][0].isdigit() or w in _NUMBER_WORDS


#: The most tokens from a "that" that points back to the end of its sentence: "said
#: that in an interview on Monday."
_POINTS_BACK_REACH = 10


def points_back(tokens: Tokens, k: int, sl: int) -> bool:
    """Whether the "that" at token ``k`` after a cue is a pronoun for words said before,
    up to the end of its sentence [.., ``sl``): "he said that.", "said that in an
    interview on Monday." (but "said that in March the firm lost money": a clause goes on
    after the adjunct)."""
    if k + 1 >= sl or tokens.text[k + 1] in (".", "!", "?", ";"):
        return True
    return (
        tokens.lower[k + 1] in _ADJUNCT_PREPOSITIONS
        and sl - k <= _POINTS_BACK_REACH
        and not any(clause_ahead(tokens, j, sl) for j in range(k + 2, sl))
    )


#: The most tokens of an adverbial before a sentence's opening clause: "Last month, when".
_OPENER_REACH = 8
#: Prepositions that open a phrase holding no main verb: "Amid calls to name them, ...".
_OPENING_PREPOSITIONS = word_list("opening_prepositions")


def opening_clause(tokens: Tokens, sf: int, limit: int) -> int:
    """The token of the subordinator that opens the opening clause of the sentence that
    starts at token ``sf`` ("When we asked ...,"; "Last month, when I asked her, ...";
    "Amid calls from some to name them, ..."), before token ``limit``; or -1."""
    if tokens.lower[sf] in SUBORDINATORS or tokens.lower[sf] in _OPENING_PREPOSITIONS:
        return sf
    k = sf
    while k < limit and k - sf < _OPENER_REACH and tokens.text[k] != ",":
        k += 1
    k += 1
    return k if k < limit and tokens.lower[k] in SUBORDINATORS else -1
