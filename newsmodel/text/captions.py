"""Photo and video captions interleaved with the body of scraped copy, read by their words.

A paragraph is a caption when it carries a photo credit or a picture marker
(:mod:`newsmodel.text.photos`), or when it reads like one, which this module scores. A
caption says, in the present tense, who is pictured doing what, usually where and when::

    Kenyan President Amani Otieno greets Brazilian President Lucas Ferreira at State
    House in Nairobi on May 3, 2024.

The reading is scored: a verb of depiction in the present tense right after a subject
of names, titles and people ("greets", "poses", "speaks", "arrives", "sign", "are
seen", "is pictured"; after a noun for people any present-tense verb: "A woman sorts",
"Firefighters battle") scores most; any other present-tense verb after names ("X (L)
and Y review an honour guard", "Ana Ruiz inaugurates ...") counts only with a full
date or a position in the picture ("(L)", "(2nd R)", "(left)"). A full date with a
year, a position marker, a place ("at State House", "in Nairobi"), a closing "City,
Country", a single short sentence, a named subject and a second verb of depiction
("... stand guard as protesters gather") add to it; quotation marks, verbs of saying
("said", "says", "told"), first or second person words, past and perfect tenses, a
link, and saying neither where nor when take from it. Verbs of thinking, wanting and
owning ("fear", "expect", "own") are no verbs of a picture, and a caption does not
open with a pronoun, a quantifier ("Most of ...") or a conjunction.

Two rarer captions are read where their words are: a thing shown in the present
passive ("A power bank damaged by fire is displayed at ... on February 3, 2025.") and a
caption without a verb ("Members of the delegation at State House in Nairobi on May 3,
2024.": a short single sentence with a full date and a place, and no verb).

News copy is told in the past tense, so a body sentence rarely reaches the threshold:
"Ferreira met Otieno at State House on May 3, 2024." does not.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsmodel.text.features import final_mark, more_words_than, word_re
from newsmodel.text.features import words as words_of
from newsmodel.text.lexicon import words

__all__ = ["CAPTION_THRESHOLD", "caption_score"]


#: Verbs of depiction in the present tense, third person singular or plural.
DEPICTION_VERBS = words("captions/depiction_verbs")
#: Verbs of thinking, wanting, owning and the like, which a picture does not show: a
#: present tense of one of them tells a body sentence ("Residents fear the worst").
NOT_PICTURE_VERBS = words("captions/not_picture_verbs")
#: Participles of the passive present in captions: "is seen", "are pictured".
PARTICIPLES = words("captions/participles")
#: A full date with a year: "May 3, 2024", "3 May 2024", "05/03/2024".
YEAR_DATE_RE = regex.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b)"
)
#: A year, which every YEAR_DATE_RE match but the one with slashes ends with: that
#: slower pattern is tried just before each (see _has_year_date).
YEAR_RE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: How far before its year a full date starts, at most, in characters ("September
#: 30th, 2024").
_DATE_REACH = 32
#: A place phrase: "at State House", "in Nairobi".
PLACE_PHRASE_RE = regex.compile(r"\b(?:at|in|outside|inside|near|during)\s+(?:the\s+)?\p{Lu}")
#: Events a picture is taken at: "at a news conference", "at the funeral".
EVENTS = tuple(sorted(words("captions/events")))
#: Prepositions that place the picture somewhere, before a common noun: "near the
#: parliament", "outside a court" (which "in" and "at" do not always: "in the second
#: round").
LOCATIVE_RE = regex.compile(
    r"\b(?:(?:near|outside|inside|beside|alongside|through|across|along)\s+(?:the|a|an)\s"
    r"|during\s|ahead\s+of\s|at\s+(?:the|a|an)\s+(?:[\p{L}\-]+\s+){0,2}?(?:"
    + "|".join(EVENTS)
    + r")\b)"
)
#: Words of saying, which tell body text.
SAYING_RE = regex.compile(
    r"(?i:\b(?:said|says|say|told|tells|according\s+to|asked|added|announced|reported)\b)"
)
#: Finite verbs in the past tense, which tell narrative body text.
PAST_RE = regex.compile(
    r"(?i:\b(?:was|were|had|did|has\s+been|have\s+been|(?:has|have)\s+\p{L}{2,20}ed)\b)"
)
#: Quotation marks.
QUOTE_MARK_RE = regex.compile(r"[\"“”«»]")
#: First and second person words, which tell body text or comment.
PERSON_RE = regex.compile(r"(?i:\b(?:i|we|you|our|my|your|us)\b)")
#: Sentence boundaries inside a paragraph (not after an initial or a short title such
#: as "Dr." or "Gov.").
SENTENCE_BREAK_RE = regex.compile(r"(?<![\p{Lu}.]\p{Ll}{0,2})[.!?][\"”’]?\s+[\"“]?\p{Lu}")
#: Words that may stand in the subject of a caption before its verb.
SUBJECT_WORDS = words("captions/subject_words")
#: An ordinal in a position marker: "(2nd L)", "(3rd R)".
ORDINAL_RE = regex.compile(r"\d{1,2}(?:st|nd|rd|th)")
#: Where a person stands in the picture: "X, left, and Y shake hands".
POSITION_WORDS = words("captions/position_words")
#: Plural nouns without a final s.
PLURALS = words("captions/plurals")
#: Words that, right before a candidate verb, make it a noun or an infinitive.
NOT_BEFORE_VERB = words("captions/not_before_verb")
#: Words after a verb that make it no verb of depiction ("looks set", "looks like").
NOT_AFTER_VERB = words("captions/not_after_verb")
#: Words after "as" that make the verb before it no verb of depiction ("stands as a
#: symbol", "looks as if"); "waves as he leaves" is one.
NOT_AFTER_AS = words("captions/not_after_as")
#: Words that show the subject has its own verb already.
FINITE_VERBS = words("captions/finite_verbs")
#: Nouns for people, which make a caption's subject ("A woman", "Rescue workers").
PERSON_NOUNS = words("captions/person_nouns")
#: Determiners, after which a lower-case word is a noun of the subject ("A tug").
DETERMINERS = words("captions/determiners")
#: Prepositions, which are no roles.
PREPOSITIONS = words("captions/prepositions")
#: Words that open a clause, not a subject ("As leaders gather ...").
SUBORDINATORS = words("captions/subordinators")
#: Words ending in s that are no verbs of a caption.
NOT_VERBS = words("captions/not_verbs")
#: A caption's closing place: "... near Kumasi, Ghana." or "... in Halifax, Nova Scotia."
END_LOCATION_RE = regex.compile(
    r"\b(?:in|at|near|outside|inside)\s+[^,.;]{2,50},\s+\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?[.]?\s*\Z"
)
#: The score of any present-tense verb right after a named subject ("... Ferreira
#: inaugurates a plant ..."); it counts only with a full date.
GENERIC_AFTER_NAME = 1.25
#: The score of any present-tense verb right after a noun for people ("A woman sorts
#: fish", "Firefighters battle a blaze"), verbs of thinking and owning aside.
AFTER_PERSON = 1.5
#: How many lower-case words a role between names can have ("foreign policy chief").
MAX_ROLE_WORDS = 3
#: How many words a caption's subject can have.
MAX_SUBJECT = 14
#: The score from which a paragraph reads as a caption.
CAPTION_THRESHOLD = 3.0
#: The longest caption, in words.
MAX_WORDS = 70


#: Where a person stands in the picture, in brackets: "(L)", "(2nd R)", "(left)".
POSITION_MARKER_RE = regex.compile(
    r"\((?:[LCR]|L-R|R-L|(?:(?:2nd|3rd|second|third)\s+(?:from\s+)?)?(?:[LR]|left|right)"
    r"|(?i:left|right|cent(?:er|re)|front|rear|back|top|bottom|far\s+(?:left|right)))\)"
)
#: The present passive of depiction: "is displayed", "are seen", "is being escorted".
PASSIVE_RE = regex.compile(
    r"\b(?:is|are)\s+(?:being\s+)?(?:" + "|".join(sorted(PARTICIPLES)) + r")\b(?!\s+(?:as|by|to)\b)"
)
#: The score of a present passive after a subject that is no name or person: it needs
#: a place and a date or a short sentence to read as a caption.
PASSIVE_SCORE = 1.5
#: How far into a paragraph its "is displayed" may be, in characters.
PASSIVE_REACH = 160
#: The longest paragraph read as a caption without a subject of names, in characters.
MAX_OTHER_CHARS = 400
#: The longest caption without a verb, in words and in characters.
MAX_VERBLESS_WORDS = 30
MAX_VERBLESS_CHARS = 260
#: Words that open a clause or refer back, which a caption's subject does not hold.
CLAUSE_WORDS = words("captions/clause_words")
#: Quantifiers, which open sentences about many ("Most of the suspects are detained
#: at ..."), not pictures.
QUANTIFIERS = words("captions/quantifiers")
#: Conjunctions and adverbs that join a sentence to the one before: "But", "Yet", "How".
LINKING_WORDS = words("captions/linking_words")
#: Prepositions that open a sentence but never a caption's subject.
OPENING_PREPOSITIONS = words("captions/opening_prepositions")
#: Words a caption does not open with.
NOT_FIRST = (
    SUBORDINATORS | PREPOSITIONS | CLAUSE_WORDS | QUANTIFIERS | LINKING_WORDS | OPENING_PREPOSITIONS
)
#: Common verbs in the past tense that do not end in "ed": a sentence with one of them
#: has a verb.
PAST_VERBS = words("captions/past_verbs")


def _is_plural_noun(low: str) -> bool:
    return (
        low in PLURALS
        or low.endswith(("men", "people"))
        or (low.endswith("s") and not low.endswith(("'s", "’s", "ss", "us", "is")))
    )


def _verb_score(
    words: Sequence[str], i: int, *, plural: bool, person: bool, named: bool = False
) -> float:
    """The score of ``words[i]`` as the caption's verb, or 0."""
    word = words[i]
    low = word.casefold()
    if not word.islower() or i == 0:
        return 0.0
    before = words[i - 1].casefold()
    if before in NOT_BEFORE_VERB or before.endswith(("'s", "’s", "s'", "s’")):
        return 0.0
    after = words[i + 1].casefold() if i + 1 < len(words) else ""
    if after in NOT_AFTER_VERB or (after == "to" and low in {"looks", "look", "appears", "appear"}):
        return 0.0
    if after == "as" and (i + 2 >= len(words) or words[i + 2].casefold() in NOT_AFTER_AS):
        return 0.0
    if low in {"is", "are"} and i + 1 < len(words):
        participle = words[i + 1].casefold()
        following = words[i + 2].casefold() if i + 2 < len(words) else ""
        if participle in PARTICIPLES and following not in {"as", "by", "to"}:
            return 2.5
        return 0.0
    third_person = low.endswith("s") and not low.endswith("ss")
    if low in DEPICTION_VERBS:
        return 2.0 if third_person or plural else 0.0
    if low in NOT_PICTURE_VERBS:
        return 0.0
    if not third_person:
        if plural and (named or person) and _plain_verb(words, i):
            # "Firefighters battle a blaze", "X (L) and Y review an honour guard"
            return AFTER_PERSON if person and before in PERSON_NOUNS else GENERIC_AFTER_NAME
        return 0.0
    if len(low) <= 3 or low in NOT_VERBS:
        return 0.0
    if person and before in PERSON_NOUNS:
        return AFTER_PERSON
    if named and words[i - 1][:1].isupper():
        return GENERIC_AFTER_NAME
    return 0.0


def _plain_verb(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]``, after names joined by "and" or a plural noun for people,
    reads as the plain form of their verb: not a past tense, a participle or an adverb,
    and followed by a determiner ("X and Y review an honour guard", "Firefighters
    battle a blaze")."""
    low = words[i].casefold()
    if len(low) <= 3 or low.endswith(("ed", "ing", "ly")) or low in FINITE_VERBS:
        return False
    before = words[i - 1]
    if not (before[:1].isupper() or before.casefold() in PERSON_NOUNS) or i + 1 >= len(words):
        return False
    return words[i + 1].casefold() in DETERMINERS


def _is_role(words: Sequence[str], i: int) -> bool:
    """A lower-case role among capitalised words: "Harbour pilot Joe Marsh", "EU foreign
    policy chief Ana Costa": up to three lower-case words, after a capitalised word and
    before one."""
    start = i
    while start > 0 and i - start < MAX_ROLE_WORDS and not words[start - 1][:1].isupper():
        start -= 1
    if start == 0 or not words[start - 1][:1].isupper():
        return False
    for j in range(start, min(len(words), start + MAX_ROLE_WORDS + 1)):
        word = words[j]
        if word[:1].isupper():
            return j > i
        if not word.isalpha():
            return False
        low = word.casefold()
        if j < i and low in {"of", "the"}:
            continue  # "Supporters of opposition leader Raila Amollo"
        if (
            low in PREPOSITIONS
            or low in FINITE_VERBS
            or low in SUBJECT_WORDS
            or (low.endswith("s") and low not in PERSON_NOUNS)
        ):
            return False
    return False


def _depiction(words: Sequence[str]) -> float:
    """The score of a present-tense verb of depiction after a subject of names or people;
    negative for an unknown verb right after a named subject (see caption_score)."""
    if len(words) < 2:
        return 0.0  # (no word after the first to be its verb)
    first = words[0].casefold()
    if not first or not words[0][:1].isupper() or first in NOT_FIRST:
        return 0.0
    named = 0
    plural = person = False
    for i, word in enumerate(words[: MAX_SUBJECT + 1]):
        low = word.casefold()
        if low in PERSON_NOUNS and not word[:1].isupper():
            person = True
            plural = plural or _is_plural_noun(low)
            continue
        score = (  # (_verb_score is 0 for the first word and a word not in lower case)
            _verb_score(words, i, plural=plural, person=person, named=named >= 2)
            if i and word.islower()
            else 0.0
        )
        if score == GENERIC_AFTER_NAME:
            return -score
        if score:
            second = any(w in DEPICTION_VERBS and w.islower() for w in words[i + 2 :])
            return score + (0.5 if named >= 2 else 0.0) + (0.5 if second else 0.0)
        if word[:1].isupper():
            named += 1
            if low in PERSON_NOUNS:
                person = True
            if not plural and _is_plural_noun(low):
                plural = True
            continue
        if not word.isalpha():
            if ORDINAL_RE.fullmatch(low):
                continue  # "(2nd L)"
            return 0.0
        if low in FINITE_VERBS or (low.endswith("ed") and len(low) > 4):
            return 0.0
        if low in SUBORDINATORS or (low.endswith("ly") and len(low) > 4):
            return 0.0  # "Even if Ana Ruiz ...", "Ana Ruiz reportedly wants ..."
        if low == "and":
            plural = True
        elif low in SUBJECT_WORDS or low in POSITION_WORDS:
            continue
        elif i > 0 and words[i - 1].casefold() in DETERMINERS:
            plural = plural or _is_plural_noun(low)
        elif _is_role(words, i):
            person = True
        else:
            return 0.0
    return 0.0


#: How many words _depiction reads (at most MAX_SUBJECT + 1 as the subject and verb,
#: and up to four more after them) before it knows whether its score is 0.
_DEPICTION_WORDS = MAX_SUBJECT + 6
#: Where to cut a paragraph to read its first words: at the first space after this many
#: characters (words never hold a space), in a paragraph some way longer.
_FIRST_WORDS_CHARS = 140


def _first_words(paragraph: str) -> Sequence[str]:
    """The words of the paragraph, or the first _DEPICTION_WORDS of them at least."""
    if len(paragraph) > _FIRST_WORDS_CHARS + 60:
        cut = paragraph.find(" ", _FIRST_WORDS_CHARS)
        if cut >= 0:
            first = word_re(paragraph).findall(paragraph, 0, cut)
            if len(first) >= _DEPICTION_WORDS:
                return first
    return words_of(paragraph)


def caption_score(paragraph: str) -> float:
    """How much the paragraph reads like a photo caption (see the module docs)."""
    if _depiction(_first_words(paragraph)) == 0.0:
        # Most paragraphs: no subject and verb of depiction at the start (whether the
        # score is 0 shows before the words after the verb are read); the rarer
        # readings are tried only where their words are.
        return _object_or_verbless(paragraph)
    if more_words_than(paragraph, MAX_WORDS):
        return 0.0
    words = words_of(paragraph)
    if not words:
        return 0.0
    if YEAR_DATE_RE.match(paragraph):
        return 0.0  # an entry of a timeline: "June 16, 2015 Ruiz joins the race."
    score = _depiction(words)
    if score == 0.0:
        return 0.0
    year = _has_year_date(paragraph)
    marked = _position_marked(paragraph)
    if score < 0:
        # Any verb after a name ("Ana Ruiz wins the primary in North Carolina.")
        # is more often a lead than a picture: it counts only with a full date or a
        # position in the picture ("Ana Ruiz (L) ...").
        if not (year or marked):
            return 0.0
        score = -score + 0.5
    if marked:
        score += 1.0
    return _with_context(paragraph, words, score, year, marked)


def _with_context(
    paragraph: str, words: Sequence[str], score: float, year: bool, marked: bool = False
) -> float:
    """The score of a subject and verb, with what the rest of the paragraph adds and
    takes: a full date, a place, a short single sentence; quotation marks, verbs of
    saying, first-person words and past tenses."""
    place = PLACE_PHRASE_RE.search(paragraph) is not None
    end_location = END_LOCATION_RE.search(paragraph) is not None
    if year:
        score += 1.5
    if place:
        score += 0.5
    if end_location:
        score += 0.5
    if not (year or place or end_location or marked or LOCATIVE_RE.search(paragraph)):
        score -= 0.5  # a caption says where or when
    if "://" in paragraph:
        score -= 2.0  # a link: a post or a tweet
    if len(words) <= 40 and not SENTENCE_BREAK_RE.search(paragraph):
        score += 0.5
    else:
        score -= 1.0
    if QUOTE_MARK_RE.search(paragraph):
        score -= 2.0
    if SAYING_RE.search(paragraph):
        score -= 2.0
    if PERSON_RE.search(paragraph):
        score -= 1.0
    if PAST_RE.search(paragraph):
        score -= 1.5
    return score


def _has_year_date(paragraph: str) -> bool:
    """Whether YEAR_DATE_RE matches in the paragraph: tried over the whole of it only
    where it has a slash, and otherwise just before each year (YEAR_RE)."""
    if "/" in paragraph:
        return YEAR_DATE_RE.search(paragraph) is not None
    for year in YEAR_RE.finditer(paragraph):
        start = max(0, year.start() - _DATE_REACH)
        if YEAR_DATE_RE.search(paragraph, start, year.end() + 1) is not None:
            return True
    return False


def _position_marked(paragraph: str) -> bool:
    """Whether the paragraph marks where a person stands in the picture: "(L)", "(2nd
    R)", "(left)", "(C)"; a lone "(R)" also marks a party, so it needs a second marker."""
    if "(" not in paragraph:
        return False
    found = POSITION_MARKER_RE.findall(paragraph)
    return any(m.casefold() != "(r)" for m in found) or len(found) > 1


def _object_or_verbless(paragraph: str) -> float:
    """The score of the captions whose subject is no name or person: "A power bank
    damaged by fire is displayed at ...", or that have no verb: "Members of the
    delegation at State House in Nairobi on May 3, 2024." (0 for anything else)."""
    if len(paragraph) > MAX_OTHER_CHARS or not paragraph[:1].isupper():
        return 0.0
    if " said" in paragraph or '"' in paragraph or "“" in paragraph:
        return 0.0  # (speech takes more from either reading than it can score)
    if _passive_in(paragraph):
        words = words_of(paragraph)
        if _passive_subject(words):
            year = _has_year_date(paragraph)
            return _with_context(paragraph, words, PASSIVE_SCORE, year)
        return 0.0
    if (
        len(paragraph) > MAX_VERBLESS_CHARS
        or paragraph.count(" ") >= MAX_VERBLESS_WORDS
        or final_mark(paragraph) != "."
        or not _has_year_date(paragraph)
    ):
        return 0.0  # (a verbless caption has a full date, with a year)
    return CAPTION_THRESHOLD if _verbless(paragraph, words_of(paragraph)) else 0.0


def _passive_in(paragraph: str) -> bool:
    """Whether PASSIVE_RE matches in the first PASSIVE_REACH characters of the
    paragraph, tried only where " is " or " are " is followed by a participle."""
    for marker in (" is ", " are "):
        at = paragraph.find(marker, 0, PASSIVE_REACH)
        while at >= 0:
            after = at + len(marker)
            space = paragraph.find(" ", after, after + 20)
            word = paragraph[after:space].casefold() if space > 0 else ""
            if (word in PARTICIPLES or word == "being") and PASSIVE_RE.match(
                paragraph, at + 1
            ) is not None:
                return True
            at = paragraph.find(marker, at + 1, PASSIVE_REACH)
    return False


def _passive_subject(words: Sequence[str]) -> bool:
    """Whether the words before the first "is"/"are" read as a caption's subject: they
    open with a capital, and hold no finite verb, no verb of saying and no clause."""
    first = words[0].casefold()
    if first in NOT_FIRST or first in FINITE_VERBS:
        return False
    for word in words[1 : MAX_SUBJECT + 1]:
        low = word.casefold()
        if low in {"is", "are"}:
            return True
        if low in FINITE_VERBS or low in SUBORDINATORS or low in CLAUSE_WORDS:
            return False
    return False


def _verbless(paragraph: str, words: Sequence[str]) -> bool:
    """Whether the paragraph is a caption without a verb: a short single sentence of a
    subject (names, people, things) and phrases of place and time, with a full date and
    a place ("Members of the delegation at State House in Nairobi on May 3, 2024.")."""
    if len(words) > MAX_VERBLESS_WORDS or len(words) < 5:
        return False
    if words[0].casefold() in NOT_FIRST:
        return False
    if SENTENCE_BREAK_RE.search(paragraph) or QUOTE_MARK_RE.search(paragraph):
        return False
    if (
        "://" in paragraph
        or PLACE_PHRASE_RE.search(paragraph) is None
        or YEAR_DATE_RE.match(paragraph)
    ):
        return False
    for i, word in enumerate(words):
        if not word.islower():
            continue  # (names, and "May" the month)
        low = word.casefold()
        if low in FINITE_VERBS or low in CLAUSE_WORDS or low in PAST_VERBS:
            return False
        if low.endswith("ed") and low not in PARTICIPLES:
            return False
        if i and low in DEPICTION_VERBS and words[i - 1][:1].isupper():
            return False  # "Ana Ruiz cast herself as ...": a verb after a name
        if (
            i
            and low.endswith("s")
            and not low.endswith("ss")
            and low not in PERSON_NOUNS
            and (not words[i - 1].islower() or words[i - 1].endswith("ly"))
        ):
            return False  # "Ana Ruiz (reportedly) opens the plant ...": a verb
    return True
