"""Runs of capitalised tokens, the candidates for names: what
:class:`newsmodel.quotes.article_names.ArticleNames` reads first.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from operator import not_

from newsmodel.quotes.cues import ADVERBS, AUXILIARIES
from newsmodel.quotes.lexicon import (
    CAPITAL_NOT_NAMES,
    CUE_FORMS,
    FUNCTION_WORDS,
    ORG_MARKERS,
    word_list,
)
from newsmodel.quotes.name_parts import saint_possessive, unit_number
from newsmodel.quotes.proper_names import (
    NAME_PARTICLES,
    SURNAME_WORDS,
    is_given_name,
    month_surname,
)
from newsmodel.quotes.tokens import Tokens

__all__ = ["capital_runs", "full_name", "opener_word"]

#: Adverbs that may open a sentence before a name and are no part of it: "Maybe Dale is
#: the secret candidate".
_SENTENCE_ADVERBS = word_list("sentence_adverbs")


#: Words of a municipality's name before "of": "the City of Ottawa", "the Town of Banff".
_MUNICIPAL_WORDS = word_list("municipal_words")


def opener_word(w: str) -> bool:
    """Whether a word that opens a sentence is one of the language's, not a name: a
    function word ("Does", "Was", "Alongside"), an adverb ("Maybe", "Still", or in
    "-ly") or a participle."""
    return (
        w in FUNCTION_WORDS
        or w in ADVERBS
        or w in _SENTENCE_ADVERBS
        or (len(w) > 4 and w.endswith(("ly", "ing")))
    )


def capital_runs(tokens: Tokens, skip: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Runs of capitalised tokens outside quotations (with name particles inside, and
    "of" or "and" inside a body's name: "the Bank of Canada"), leaving out the tokens that
    start in the ``skip`` span of the text."""
    text = tokens.text
    quote = tokens.quote
    para = tokens.para
    # lower-case tokens, capitalised words that are no names ("The") and quoted words
    # are most of the text: drop them in C-level passes
    upper = tokens.capitals()
    words = map(text.__getitem__, upper)
    named = list(compress(upper, map(not_, map(CAPITAL_NOT_NAMES.__contains__, words))))
    months = compress(upper, map(SURNAME_WORDS.__contains__, map(text.__getitem__, upper)))
    surnames = [k for k in months if month_surname(tokens, k)]
    if surnames:  # "Elizabeth May", "Theresa May": a month as a surname
        named = sorted([*named, *surnames])
    caps = list(compress(named, map((-1).__eq__, map(quote.__getitem__, named))))
    lower = tokens.lower
    if skip:
        # the tokens that start in the skipped span (offsets rise with the tokens)
        skip_lo, skip_hi = skip
        lo = bisect_left(caps, bisect_left(tokens.start, skip_lo))
        hi = bisect_left(caps, bisect_left(tokens.start, skip_hi))
        del caps[lo:hi]
    # a sentence opening with its cue, "Stated Stone:", names Stone only
    sent_first = tokens.sent_first
    openers = set(
        compress(sent_first, map(CUE_FORMS.__contains__, map(lower.__getitem__, sent_first)))
    )
    # a sentence opening with a word that is capitalised by its place, "Does Okafor
    # favour it?", "Interestingly Haan rose fast", "Bashing Trump may help": no name's
    openers.update(
        k
        for k in sent_first
        if text[k][:1].isupper()
        and k + 1 < len(text)
        and text[k + 1][:1].isupper()
        and opener_word(lower[k])
        and not is_given_name(text[k])
    )
    if openers:
        caps = [k for k in caps if k not in openers]
    runs: list[tuple[int, int]] = []
    first = last = -2
    first_para = -1
    for k in caps:
        if k == last:
            if para[k] == first_para:
                last = k + 1
                continue
        elif (
            k == last + 1
            and para[k] == first_para
            and lower[last] in NAME_PARTICLES
            and quote[last] < 0
        ):
            last = k + 1
            continue
        elif (
            k == last + 2
            and para[k] == first_para
            and lower[last] in NAME_PARTICLES
            and lower[last + 1] in NAME_PARTICLES
            and quote[last] < 0
            and quote[last + 1] < 0
        ):
            last = k + 1  # "Anne-Marie de la Fontaine": two particles
            continue
        elif k == last + 1 and para[k] == first_para and saint_possessive(tokens, last):
            last = k + 1  # "St. Michael’s Hospital": one name
            continue
        elif (
            k == last + 1
            and para[k] == first_para
            and quote[last] < 0
            and text[last] in ("’", "'")
            and lower[last - 1].endswith("s")
            and lower[k] in ORG_MARKERS
        ):
            last = k + 1  # "the Registered Nurses’ Union of Ontario": one body
            continue
        elif (
            k == last + 1
            and para[k] == first_para
            and quote[last] < 0
            and (
                text[last] == "Against"  # "the League Against Cruel Sports"
                or (
                    lower[last] == "of"
                    and (
                        lower[last - 1] in ORG_MARKERS
                        or lower[last - 1][:-1] in ORG_MARKERS
                        or lower[last - 1] in _MUNICIPAL_WORDS  # "the City of Ottawa"
                    )
                )
                or (
                    lower[last] == "and"
                    and "of" in lower[first:last]
                    and (k + 1 >= len(text) or not text[k + 1][:1].isupper())
                    and not is_given_name(text[k])
                )
                or (
                    # "the Court of Appeal for Ontario", "the Centre for Addiction"
                    lower[last] == "for" and any(w in ORG_MARKERS for w in lower[first:last])
                )
            )
        ):
            # "the Bank of Canada", "the Ministry of Health", "the Department of Trade
            # and Industry": one body (not "the Bank of Canada and Finance Minister ...")
            last = k + 1
            continue
        if first >= 0:
            runs.append(_name_end(tokens, first, last))
        first, last = k, k + 1
        first_para = para[k]
    if first >= 0:
        runs.append(_name_end(tokens, first, last))
    return runs


def _name_end(tokens: Tokens, first: int, last: int) -> tuple[int, int]:
    """The run [first, last) with the number of a union's unit after it ("UFCW Local
    832"), or the possessive of a saint's name that ends it ("the City of St. John’s")."""
    if last < len(tokens.text) and saint_possessive(tokens, last):
        return first, last + 1
    if (
        last < len(tokens.text)
        and unit_number(tokens, last)
        and tokens.quote[last] < 0
        and tokens.para[last] == tokens.para[first]
    ):
        return first, last + 1
    return first, last


def full_name(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name [first, last) is a person's full name: two or three words, the
    first a common given name, none in capitals ("Wendy Golden", not "INVESTMENT
    GROUP RAISES ROBESON" or a title-case headline's "Republican Donor Adelson")."""
    words = tokens.text[first:last]
    lowered = tokens.lower[first:last]
    return (
        2 <= len(words) <= 3
        and is_given_name(words[0])
        and not any(len(w) > 1 and w.isupper() for w in words)
        # a title-case headline's verbs and small words: "Megyn Kelly Is"
        and not any(w in FUNCTION_WORDS or w in CUE_FORMS or w in AUXILIARIES for w in lowered)
    )
