"""Quoted words that are no speech: the titles of works and names, and codes.

:func:`is_title` tells a quotation that reads as the title of a work or a name ("CBS’s
“Face the Nation”", "a show called “Brokers”", Jesus “Chuy” Garcia) by its capitalised
words and the words around it; :func:`is_code` tells a code or label (“K3”, “COVID-19”);
:func:`title_cased` tells words capitalised like a title ("Person of the Year"); :func:`read_out`
tells the words on a thing ("signs reading “...”").
"""

from __future__ import annotations

from newsmodel.quotes.cues import INSCRIBED_THINGS, is_adverb
from newsmodel.quotes.lexicon import CUE_FORMS, FUNCTION_WORDS, word_list
from newsmodel.quotes.marks import RawQuote
from newsmodel.quotes.person_words import QUANTIFIERS
from newsmodel.quotes.tokens import Tokens

__all__ = [
    "SMALL_WORDS",
    "is_code",
    "is_title",
    "read_out",
    "title_cased",
]

_TITLE_CONTEXT = word_list("title_context")
#: The forms of "read" that give words on a thing: "signs reading “...”".
_READ_FORMS = frozenset(w for w, form in CUE_FORMS.items() if form.lemma == "read")
#: Days and adverbs of time, which may follow words quoted as speech: “a disgrace” today.
_TIME_ADVERBS = word_list("time_adverbs")
_TITLE_AFTER = word_list("title_after")
_SENTENCE_CASE_TITLE_NOUNS = word_list("sentence_case_title_nouns")
#: The most words of a title in sentence case after the noun of its work.
_SENTENCE_CASE_WORDS = 8
_TITLE_OWNERS = word_list("title_owners")
#: Small words that a title leaves in lower case ("Face the Nation").
SMALL_WORDS = word_list("small_words")
#: Small words of other languages a title leaves in lower case: "Reels de la Baie".
_TITLE_PARTICLES = word_list("title_particles")
#: Words before a quotation of two capitalised words or more that make it a title: told
#: “Fox and Friends”, took the stage to “Eye of the Tiger”.
_TITLE_TOLD = word_list("title_told")
#: Verbs that put out a work, before its title and the words between: "publish its
#: quarterly “Monetary Policy Report”".
_PUBLISHED = word_list("published_works")
#: Words that open an appositive naming the kind of a work: "“...”, the song".
_KIND_OPENERS = word_list("kind_openers")
#: Participles before "as" that make the quotation after it a name: known as “...”.
_KNOWN_AS = word_list("known_as")
#: Words right before a quotation that make it a term or a title, whatever its case.
_TERM_OPENERS = word_list("term_openers")
#: The most words of a title after "titled" or "entitled" (of another title, 12).
_TITLED_WORDS = 25
#: The most words between "known" and its "as": "Known across Cape Breton as".
_KNOWN_AS_REACH = 5
#: Prepositions of an adjunct between "known" and "as": "known across Cape Breton as".
_KNOWN_AS_ADJUNCTS = word_list("known_as_adjuncts")
#: Words between a noun that makes a quotation a title and the title: "his 2012 book, “An
#: American Son”", "the new film “...”".
_TITLE_MODIFIERS = word_list("title_modifiers")


def is_title(text: str, q: RawQuote, tokens: Tokens, open_tok: int, sent_first: int) -> bool:
    """Whether a quotation reads as the title of a work or a name ("Saturday Night Live"):
    capitalised words without sentence punctuation, inside a sentence, next to a word
    such as "show", "book", "called" or a possessive ("CBS’s “Face the Nation”")."""
    words = text[q.start : q.end].split()
    if not words or len(words) > _TITLED_WORDS:
        return False
    if open_tok > sent_first and tokens.lower[open_tok - 1] in _TERM_OPENERS:
        # so-called “shrinkflation”: a term, no one's words; a report titled “Le français
        # dans l’espace public”, a bill titled “An Act respecting water, source water,
        # drinking water and wastewater on First Nation lands”: a title, whatever its case
        return True
    if len(words) > 12:
        return False
    inner = text[q.start : q.end].rstrip(" ,.")
    qi = tokens.quote[open_tok]
    after = tokens.quote_range[qi][1] if qi >= 0 else -1
    if (
        open_tok > sent_first
        and 0 <= after < len(tokens)
        and tokens.sent[after] == tokens.sent[open_tok]
        and tokens.lower[after] in INSCRIBED_THINGS
        and len(words) <= _SENTENCE_CASE_WORDS
    ):
        return True  # the words on a thing: the red “Reduced!” sign, “Vote No” signs
    if (
        open_tok - 2 > sent_first
        and tokens.lower[open_tok - 1] == "words"
        and tokens.lower[open_tok - 2] == "the"
        and any(
            tokens.lower[m] in INSCRIBED_THINGS
            for m in range(max(sent_first, open_tok - 6), open_tok - 2)
        )
    ):
        return True  # "a jersey with the words “...” stitched across the back"
    if (
        0 <= after < len(tokens)
        and _kind_of_work_after(tokens, after + (tokens.lower[after] == ","), open_tok)
        # (not "“...,” the concert's organiser, Ann Reid, told the station": a speaker)
        and not any(
            tokens.lower[x] in CUE_FORMS for x in range(after, tokens.sentence_bounds(after)[1])
        )
    ):
        return True  # "for “La marée des Comeau,” a family saga": a title in any case
    if any(c in inner for c in "!?;"):
        return False
    if open_tok > sent_first and len(words) <= _SENTENCE_CASE_WORDS:
        k = open_tok - 1 - (tokens.text[open_tok - 1] == "," and open_tok - 2 > sent_first)
        if (
            tokens.quote[k] < 0
            and tokens.lower[k] in _SENTENCE_CASE_TITLE_NOUNS
            and tokens.text[k].islower()  # (not "Dr. Paul Song “was inappropriate”")
            and not words[0][:1].islower()  # (not "the album “maybe 500 times”")
        ):
            return True  # "his 1972 anthem “Mon pays, ma rivière”"
    if (
        open_tok > sent_first
        and tokens.lower[open_tok - 1] == "as"
        and _known_as(tokens, open_tok - 1, sent_first)
    ):
        return True  # known as “...”, Known across Cape Breton as “le violoneux ...”
    content = [
        w
        for w in words
        if w.lower().strip(",.:") not in SMALL_WORDS and w.strip(",.:") not in _TITLE_PARTICLES
    ]
    if not content or not all(
        w[0].isupper() or w[0].isdigit() or not w[0].isalnum() for w in content
    ):
        return False
    if open_tok <= sent_first:
        return False
    lower = tokens.lower
    if 0 <= after < len(tokens) and tokens.para[after] == tokens.para[open_tok]:
        nxt = lower[after]
        if nxt in _TITLE_AFTER or nxt in _TITLE_CONTEXT:
            return True
        if _kind_of_work_after(tokens, after + (nxt == ","), open_tok):
            return True  # "wrote “Paper Boats”, the song that ...": an appositive names it
        if (
            len(content) <= 3
            and inner == text[q.start : q.end]
            and tokens.text[after].isalpha()
            and tokens.text[after].islower()
            and nxt not in FUNCTION_WORDS
            # (no quantifier or adverb: "called Brown “Little Tommy” several times",
            # "called his opponent “Senator Cruz” instead")
            and nxt not in QUANTIFIERS
            and not is_adverb(nxt)
            and nxt not in _TIME_ADVERBS
            and not nxt.endswith(("ly", "ed", "ing"))
        ):
            return True  # a name before the noun it modifies: “Leave” supporters
    k = open_tok - 1
    if tokens.quote[k] >= 0:
        return False
    before = lower[k]
    if before in ("’s", "'s", "on") or before in _TITLE_CONTEXT:
        return True
    if before in _TITLE_TOLD and len(content) >= 2:
        return True  # told “Fox and Friends”, took the stage to “Eye of the Tiger”
    if (
        len(words) == 1
        and tokens.text[k][0].isupper()
        and 0 <= after < len(tokens)
        and tokens.text[after][0].isupper()
    ):
        return True  # a nickname between first and last name: Jesus “Chuy” Garcia
    if before == "of" and k - 1 >= 0 and lower[k - 1] in _TITLE_OWNERS:
        return True
    # "his 2012 book, “An American Son”", "publish its quarterly “Monetary Policy Report”"
    m = k
    steps = 0
    while m >= sent_first and steps < 5:
        w = lower[m]
        if w in _TITLE_CONTEXT or (m < k and w in _PUBLISHED and len(content) >= 2):
            return True
        if w in _TITLE_MODIFIERS or w[0].isdigit():
            m -= 1
            steps += 1
            continue
        break
    return False


#: The most words between a title and the noun of the kind of work after it: "“...”, her
#: first hit song".
_KIND_WORDS = 4


def _known_as(tokens: Tokens, k: int, sent_first: int) -> bool:
    """Whether "as" at token ``k`` follows a participle that names ("known as", "billed
    as"), right before it or across an adjunct ("Known across Cape Breton as", "known
    locally as"; not "branded the plans as": an object, then what he called them)."""
    lower = tokens.lower
    if k - 1 >= sent_first and lower[k - 1] in _KNOWN_AS:
        return True
    for m in range(k - 2, max(sent_first, k - _KNOWN_AS_REACH) - 1, -1):
        if lower[m] in _KNOWN_AS:
            after = lower[m + 1]
            return after in _KNOWN_AS_ADJUNCTS or after.endswith("ly")
    return False


def _kind_of_work_after(tokens: Tokens, k: int, open_tok: int) -> bool:
    """Whether an appositive at token ``k``, after a comma, names the kind of work a title
    is ("“Paper Boats”, the song that ...", "“Red Rooms,” a film about ..."): a determiner
    or possessive, then a word such as "song" within a few words."""
    # the comma after the closing mark ("”, the"), or inside it (",” the")
    comma = k >= 2 and (tokens.text[k - 1] == "," or tokens.text[k - 2] == ",")
    lower = tokens.lower
    if not comma or k >= len(tokens) or lower[k] not in _KIND_OPENERS:
        return False
    for m in range(k + 1, min(len(tokens), k + 1 + _KIND_WORDS)):
        if tokens.para[m] != tokens.para[open_tok] or not tokens.text[m][:1].isalnum():
            return False
        if lower[m] in _TITLE_CONTEXT:
            # (not "“Stop,” the film director shouted": a speaker and a cue)
            return not any(lower[x] in CUE_FORMS for x in range(m + 1, min(len(tokens), m + 4)))
    return False


def is_code(words: str) -> bool:
    """Whether quoted words are a code or label, no speech: “K3”, “A380”, “COVID-19”."""
    words = words.strip(" ,.")
    return (
        0 < len(words) <= 8
        and not any(c.isspace() for c in words)
        and any(c.isdigit() for c in words)
        and not any(c.islower() for c in words)
    )


def title_cased(tokens: Tokens, a: int, b: int) -> bool:
    """Whether the words in tokens [a, b) are capitalised like a title ("Person of the
    Year"): two content words or more, all capitalised."""
    content = [
        tokens.text[m]
        for m in range(a, b)
        if tokens.text[m][0].isalpha() and tokens.lower[m] not in SMALL_WORDS
    ]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def read_out(tokens: Tokens, a: int, sf: int) -> bool:
    """Whether the quotation at token ``a``, or the first of a list it ends ("“Respect”
    and “...”", "“...”, “...” or “...”"), follows a form of "read" after token ``sf``:
    the words on a thing, "signs reading “...” and “...”", no one's speech."""
    while a - 2 >= sf and tokens.lower[a - 1] in ("and", "or", ",") and tokens.quote[a - 2] >= 0:
        a = tokens.quote_range[tokens.quote[a - 2]][0]
    return a > sf and tokens.lower[a - 1] in _READ_FORMS
