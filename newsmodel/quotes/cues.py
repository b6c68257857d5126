"""Cues: the words that report speech ("said", "told", "according to", "pointed out").

One pass over the tokens outside quotations looks every lower-case word up in the verb
lexicon (every inflection is listed, so this is a dict lookup), extends it to a multi-word
cue where the following words match ("called for", "went on to say"), and notes whether
the verb is negated, passive, an infinitive or a noun ("the report", "his comments").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import compress

import attrs

from newsmodel.quotes.lexicon import (
    CATENATIVE_VERBS,
    CUE_FORMS,
    CUE_PHRASES,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    NUMBER_WORDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    TAKE_FORMS,
    CueClass,
    FormKind,
    shop_name,
    word_list,
)
from newsmodel.quotes.plural_nouns import person_noun, plural_noun_use
from newsmodel.quotes.speaker_kinds import DETERMINERS
from newsmodel.quotes.tokens import Tokens, indexed
from newsmodel.text.lexicon import DEMONYMS, PLACES

__all__ = [
    "ADVERBS",
    "AUXILIARIES",
    "INSCRIBED_THINGS",
    "MODAL_ADVERBS",
    "MODAL_AUXILIARIES",
    "PARTY_ADJECTIVES",
    "RELATIVE_CLAUSE",
    "SENTENCE_ENDS",
    "Cue",
    "caused_to",
    "find_cues",
    "is_adverb",
    "took_to",
]

#: Auxiliaries that may stand between a speaker and a cue ("has said", "would tell").
AUXILIARIES = word_list("auxiliaries")
#: Adverbs and similar words that may stand between a speaker and a cue.
ADVERBS = word_list("adverbs")
_NOT_ADVERBS = word_list("not_adverbs")
_NOUN_BEFORE = word_list("noun_before")
#: Words of degree, which make an "-ing" form after them an adjective ("most telling").
_DEGREE_WORDS = word_list("degree_words")
#: Cue words that are nouns before a plural noun ("GOP state leaders").
_MODIFIER_NOUNS = word_list("modifier_nouns")
#: Adjectives of parties ("Republican claims"): the plural after them is a noun.
PARTY_ADJECTIVES = word_list("party_adjectives")
_PREPOSITION_NOUN_BEFORE = word_list("preposition_before_noun")
#: Tokens that end a sentence or a clause of its own.
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
_EST_NOUNS = word_list("est_nouns")
#: Verbs whose "-ing" after a noun reports what follows it, a quotation or "that": "opened
#: the debate saying “...”", "sent a letter warning that".
_PARTICIPLE_LEMMAS = word_list("participle_lemmas")
#: How many tokens a who-clause between a subject and its verb may hold.
RELATIVE_CLAUSE = 12
#: The verbs that may follow a who-clause whose last word reads as a noun before them.
_RELATIVE_VERBS = word_list("relative_clause_verbs")
#: Parties named by a word that a verb may follow: "The Lib Dems say", "Labour claim".
_PARTIES = word_list("party_names") | {w for w in word_list("party_words") if w.endswith("s")}
_QUANTIFIERS = word_list("past_quantifiers")
_SUBJECT_BEFORE = word_list("subject_before")
_SUBJECT_PRONOUNS = word_list("subject_pronouns")
#: Words after a noun that looks like a verb after a comma (", states have", ", say, a").
_NOUN_FOLLOWERS = word_list("noun_followers")
_PP_BEFORE_NOUN = word_list("pp_before_noun")
_NEGATIONS = word_list("negations")
#: Modal auxiliaries: "would", "could", "will" ... ("could only quip", "would offer").
MODAL_AUXILIARIES = word_list("modal_auxiliaries")
#: Adverbs between a modal and a base form of a cue: "could only quip".
MODAL_ADVERBS = word_list("modal_adverbs")
_NOT_ENDINGS = ("n't", "n’t")
_PASSIVE = word_list("passive_auxiliaries")
#: Things that bear written words, no one's speech: "signs reading “...”", "a banner that
#: read “...”", the red “Reduced!” sign.
INSCRIBED_THINGS = word_list("inscribed_things")
#: Demonstratives that, after a verb, make the base form after them a noun: "called that
#: answer “insulting”", "rejected this claim".
_DEMONSTRATIVES = word_list("demonstratives")
#: Collective nouns that, after "a", make one noun with a base form after them: "a
#: staff report", "a police report" (not "a third say").
_COMPOUND_GROUPS = word_list("compound_groups")
_ASIDE_MARKS = word_list("aside_marks")
#: The most tokens back from a comma that the start of its sentence is sought.
_ASIDE_REACH = 40
_PROGRESSIVE = word_list("progressive_auxiliaries")
_INVERSION_OPENERS = word_list("inversion_openers")
SPEAKER_WORDS = PERSON_NOUNS | GROUP_NOUNS | ORG_NOUNS | DOCUMENT_NOUNS
_PP_OPENERS = word_list("pp_openers")
_POSTNOMINAL_ADJECTIVES = word_list("postnominal_adjectives")
#: Nouns in "-s" that take a singular verb: "news of the Dover blast".
_SINGULAR_S_NOUNS = word_list("singular_s_nouns")
_SPECIAL = frozenset({"according", "per"})
_INVERTED_OPENERS = word_list("inverted_openers")
_CUE_KEYS = indexed(frozenset(CUE_FORMS) | frozenset(CUE_PHRASES) | _SPECIAL)
#: Words whose "’s" is a contracted "is" or "has", not a possessive.
_CONTRACTING = word_list("contracting_words")
#: Words after a gerund that make it a verb ("Lee’s calling him"), not a noun.
_GERUND_OBJECTS = word_list("gerund_objects")
_INFINITIVE_OK = CATENATIVE_VERBS
#: Verbs of causing whose object the infinitive after it makes speak: "prompted Ann Reid
#: to state".
_CAUSATIVES = word_list("causatives")
#: The most words of a name read back from a "to".
_NAME_WORDS = 4
#: Words of quantity before a plural noun that looks like a verb ("the dozen states").
_PLURAL_QUANTIFIERS = word_list("plural_quantifiers")
#: Nouns after a word that reads as a cue, which make the two one noun: "think tank".
_COMPOUND_HEADS = word_list("compound_heads")
#: Words of a time adjunct after a medium: "took to Twitter on Monday to say".
_MEDIUM_ADJUNCTS = word_list("medium_adjuncts")
#: How many tokens the quoted words of a passive cue of naming may run before "by".
_NAMED_WORDS_SCAN = 40
#: Verbs whose passive names its speaker after "by": "was described by police as".
_AGENT_PASSIVES = word_list("agent_passives")
#: Prepositions before a year that a subject may follow: "in 2019 Lamb says".
_YEAR_PREPOSITIONS = word_list("year_prepositions")
#: Object and reflexive pronouns, after which a gerund is a verb, not a noun.
_OBJECT_PRONOUNS = word_list("object_pronouns")
#: Lemmas whose present forms are no plural noun: "the TTC says,", "the CEO insists,".
_VERB_ONLY_LEMMAS = word_list("verb_only_lemmas")
#: Words before a gerund with a plural noun after it that make the two a compound noun:
#: "the polling places", "creditors and rating agencies".
_COMPOUND_BEFORE = word_list("compound_before")
#: Endings of capitalised plurals that name people, who can speak: "Canadians say",
#: "Democrats argue".
_PEOPLE_ENDINGS = tuple(sorted(word_list("people_endings")))


def caused_to(lower: Sequence[str], text: Sequence[str], to: int, lo: int) -> int:
    """Where the name starts that a verb of causing makes speak, before the "to" at token
    ``to`` (not before ``lo``): "The memo prompted Ann Reid to state", "led Tom Hale to
    counter that"; -1 if none."""
    k = to - 1
    while k > lo and to - k <= _NAME_WORDS and text[k][:1].isupper():
        k -= 1
    if k == to - 1 or k < lo or lower[k] not in _CAUSATIVES:
        return -1
    return k + 1


def is_adverb(word: str) -> bool:
    """Whether a lower-case word reads as an adverb (a listed one, or -ly)."""
    return word in ADVERBS or (len(word) > 4 and word.endswith("ly") and word not in _NOT_ADVERBS)


@attrs.define(slots=True)
class Cue:
    """A cue found in the tokens: ``first``/``last`` bound its tokens [first, last)."""

    first: int
    last: int
    lemma: str
    cls: CueClass
    kind: FormKind
    according: bool = False
    negated: bool = False
    passive: bool = False
    infinitive: bool = False
    progressive: bool = False
    #: where the agent of a passive starts, after "by" ("was described by police as
    #: ...", "was called “a hero” by his coach"); -1: none
    agent: int = -1

    @property
    def usable(self) -> bool:
        """Whether the cue can report speech: not negated, passive or an infinitive."""
        return not (self.negated or self.passive or self.infinitive)


#: The most words between a thing that bears words and its "reads": "A sign at the farm
#: gate reads", "A poster on the wall of the meeting room read".
_INSCRIBED_REACH = 10
#: Verbs that give the words on a thing: "a sign reads", "a T-shirt printed with".
_INSCRIBING_LEMMAS = word_list("inscribing_lemmas")


def _inscribed_before(lower: list[str], text: list[str], para: Sequence[int], i: int) -> bool:
    """Whether "read" at token ``i`` gives the words written on a thing named just before
    it in its clause: "signs reading “...”", "A sign at the farm gate reads “...”"."""
    named = False  # a capitalised word met since the verb
    for k in range(i - 1, max(-1, i - 1 - _INSCRIBED_REACH), -1):
        # an aside between commas may stand between ("One note, in blue marker, read"),
        # not a subject of its own ("Holding a sign, Ann Dale read")
        if para[k] != para[i] or not (text[k][:1].isalnum() or (text[k] == "," and not named)):
            return False
        if lower[k] in INSCRIBED_THINGS:
            return True
        named = named or text[k][:1].isupper()
    return False


def _naming_participle(lower: list[str], text: list[str], para: Sequence[int], i: int) -> bool:
    """Whether "named" or "called" at token ``i`` gives the name of an indefinite noun
    phrase before it ("a 70-year-old teacher named Tom Hale", "a man called Ray"), no
    act of naming."""
    if i + 1 >= len(text) or para[i + 1] != para[i] or not text[i + 1][:1].isupper():
        return False
    for m in range(i - 1, max(-1, i - 9), -1):
        if para[m] != para[i]:
            return False
        if lower[m] in ("a", "an"):
            return m < i - 1
        if not (text[m][:1].islower() or text[m][:1].isdigit() or text[m] in ("-", "‐")):
            return False  # "a 70-year-old teacher": words in lower case, an age
    return False


def find_cues(tokens: Tokens, title_case: Collection[int] = ()) -> list[Cue]:
    """Every cue outside quotations, in text order (capitalised ones too in the
    paragraphs of ``title_case``, headlines such as "Trevor Noah Says ...")."""
    found: list[Cue] = []
    lower = tokens.lower
    text = tokens.text
    quote = tokens.quote
    para = tokens.para
    n = len(lower)
    # the tokens that can start a cue, then (in a C-level pass) those outside quotations
    candidates = tokens.where(_CUE_KEYS)
    candidates = list(compress(candidates, map((0).__gt__, map(quote.__getitem__, candidates))))
    free = 0
    for i in candidates:
        if i < free:
            continue
        word = lower[i]
        p = para[i]
        # the word before, when it is in the same paragraph ("" otherwise)
        prev = lower[i - 1] if i > 0 and para[i - 1] == p else ""
        if word == "according" and i + 1 < n and lower[i + 1] == "to" and quote[i + 1] < 0:
            found.append(Cue(i, i + 2, "according to", CueClass.SPEECH, FormKind.GERUND, True))
            free = i + 2
            continue
        if word == "per" and i > 0 and lower[i - 1] == ",":
            if i > 1 and lower[i - 2] in CUE_FORMS:
                continue  # "Putin said, per a translator, that": the one who said it
            found.append(Cue(i, i + 1, "according to", CueClass.SPEECH, FormKind.GERUND, True))
            continue
        form = CUE_FORMS.get(word)
        phrase_end = 0
        phrase_cls: CueClass | None = None
        kind: FormKind | None
        phrases = CUE_PHRASES.get(word)
        if phrases is not None:
            nxt = lower[i + 1] if i + 1 < n else None
            for phrase in phrases:
                if phrase.rest and phrase.rest[0] != nxt:
                    continue  # the next word differs: no need to test the rest
                end = i + 1 + len(phrase.rest)
                if phrase.final and end < n and lower[end][:1].isalnum():
                    continue  # "went on to win": no cue
                if (
                    end <= n
                    and para[end - 1] == p
                    and all(
                        lower[i + 1 + k] == w and quote[i + 1 + k] < 0
                        for k, w in enumerate(phrase.rest)
                    )
                ):
                    phrase_end, phrase_cls = end, phrase.cls
                    break
        if form is None:
            if phrase_cls is None:
                continue
            kind = None
        else:
            kind = form.kind
        if (
            word == "thanks"
            and i + 1 < n
            and (lower[i + 1] == "to" or (i + 3 < n and lower[i + 2 : i + 4] == ["part", "to"]))
        ):
            continue  # "thanks (in part) to the rain": a preposition
        if (
            word == "quote"
            and prev == "i"
            and i + 1 < n
            and (text[i + 1] in (",", ":") or quote[i + 1] >= 0)
        ):
            continue  # "Trump said, and I quote, “...”": the writer's aside, no cue
        if i + 1 < n and lower[i + 1] in _COMPOUND_HEADS and para[i + 1] == p:
            continue  # "The think tank said": the first word of a noun
        if (
            prev in ("'", "’")
            and kind is not FormKind.PAST
            and i > 1
            and lower[i - 2][-1:] == "s"
            and tokens.end[i - 2] == tokens.start[i - 1]
        ):
            continue  # "The seniors' advocate Gloria Mbeki": a plural's noun, no verb
        # capitalised: a name or a sentence's first word, but "Said Ellis: ..." opens
        # with its cue
        if (
            text[i] != word
            and not (p in title_case and i > 0 and para[i - 1] == p)
            and not (
                kind is FormKind.PAST
                and word in _INVERTED_OPENERS
                and (i == 0 or para[i - 1] != p or text[i - 1] in (".", "!", "?", "”", '"'))
                and i + 1 < n
                and text[i + 1][0].isupper()
            )
        ):
            continue
        if kind is FormKind.GERUND and prev in _DEGREE_WORDS:
            continue  # an adjective: "the most telling promise", "a very revealing answer"
        if prev == "own" and i > 1 and lower[i - 2] in _NOUN_BEFORE:
            continue  # a noun: "Mr Hale's own comments", "her own words"
        if (
            word in _MODIFIER_NOUNS
            and i + 1 < n
            and para[i + 1] == p
            and text[i + 1].isalpha()
            and text[i + 1].islower()
            and text[i + 1].endswith("s")
            and lower[i + 1] not in FUNCTION_WORDS
        ):
            continue  # a noun before a noun: "GOP state leaders", "most state parties"
        if (
            form is not None
            and form.lemma in _INSCRIBING_LEMMAS
            and _inscribed_before(lower, text, para, i)
        ):
            continue  # "signs reading “Land Back”": the words written on a thing, no one's
        if word in ("named", "called") and _naming_participle(lower, text, para, i):
            continue  # "a teacher named Tom Hale said": the name of the one described
        if (
            (prev in _NOUN_BEFORE or (prev in _PREPOSITION_NOUN_BEFORE and text[i - 1].islower()))
            and not (
                kind is FormKind.GERUND
                and prev not in ("the", "a", "an")
                and not (
                    _possessive(lower, i - 1)
                    and not (i + 1 < n and lower[i + 1] in _GERUND_OBJECTS)
                )
            )
            and not (kind is FormKind.PAST and prev in _QUANTIFIERS)
            # "Sainsbury's said": a company's name ends in "'s", no possessive
            and not (prev in ("’s", "'s") and i > 1 and shop_name(text[i - 2], word))
        ):
            continue  # a noun: "the report", "his comments" (but "by saying", "he’s claiming")
        if kind is FormKind.BASE:
            if (
                prev
                and _noun_use(
                    prev,
                    text[i - 1],
                    "and"
                    if "and" in lower[max(0, i - 5) : i - 1]
                    else lower[i - 2]
                    if i > 1
                    else "",
                )
                and not _plural_head_before(lower, para, i)
                and not _after_relative(lower, para, i)
            ):
                continue  # "a government strategy document", "an action figure"
        elif kind is FormKind.PRESENT and not (
            form is not None and form.lemma in _VERB_ONLY_LEMMAS
        ):
            # ("A father who lost his job in the spring says": a verb no plural noun is)
            if plural_noun_use(lower, text, para, i):
                continue  # "terms like “podcast”", "these old TV shows": a plural noun
            if prev in CUE_FORMS:
                prev_kind = CUE_FORMS[prev].kind
                if prev_kind is FormKind.PAST and text[i - 1].islower():
                    continue  # "The firm denied reports it was ...": the object of a verb
                if (
                    prev_kind is not FormKind.BASE
                    and i > 1
                    and para[i - 2] == p
                    and (lower[i - 2] in _SUBJECT_BEFORE or text[i - 2][0].isupper())
                ):
                    continue  # "Gallup finds states shifting": a noun after a subject's
                    # verb (but "a report on the 20 biggest projects says")
            if (
                i > 1
                and para[i - 2] == p
                and (lower[i - 2] in _NOUN_BEFORE or lower[i - 2] in _PP_BEFORE_NOUN)
                and text[i - 1][0].isalnum()
                and lower[i - 1] not in SPEAKER_WORDS
                and lower[i - 1] not in FUNCTION_WORDS
                and lower[i - 1] not in _SUBJECT_BEFORE
                and not is_adverb(lower[i - 1])
                and not (text[i - 1][0].isupper() and text[i - 2][0].isupper())
                and not lower[i - 1].endswith("s")
                and i + 1 < n
                # "the agronomist says.": someone by what they do, then the verb closing
                # (not "the terrorist attacks of")
                and not (
                    text[i - 1].islower()
                    and person_noun(lower[i - 1])
                    and not text[i + 1][0].isalpha()
                )
                and (not text[i + 1][0].isalpha() or lower[i + 1] in _NOUN_FOLLOWERS)
                and not _after_relative(lower, para, i)
                # "the medical officer of health says": a person's office, then the verb
                and not (i > 2 and lower[i - 2] == "of" and lower[i - 3] in PERSON_NOUNS)
            ):
                continue  # a plural noun: "beyond TV shows,", "of executive orders"
            # "A mother of three says": a person's children counted, then the verb
            counted = i > 2 and lower[i - 2] == "of" and person_noun(lower[i - 3])
            if (prev and not counted) and (
                # (not "The 82-year-old says": an age, a person, then the verb)
                (text[i - 1][0].isdigit() and not prev.endswith("-old"))
                or prev in NUMBER_WORDS
                or prev in _PLURAL_QUANTIFIERS
                or (
                    i > 1
                    and prev.endswith("est")
                    and prev not in _EST_NOUNS
                    and lower[i - 2] in _NOUN_BEFORE
                )
            ):
                continue  # a plural noun: "the 9/11 attacks", "44 emails", "the biggest
                # claims", "the dozen states that held primaries", "several reports"
            if (
                prev in PARTY_ADJECTIVES
                and text[i - 1][0].isupper()
                and i > 1
                and para[i - 2] == p
                and lower[i - 2] in _PP_BEFORE_NOUN
            ):
                continue  # "32% of Republican claims": a party's adjective, a noun after
                # (but "The Republican says", "the Wisconsin Republican says")
            if (
                prev.endswith("ing")
                and text[i - 1].islower()
                and i > 1
                and para[i - 2] == p
                and (
                    lower[i - 2] in NUMBER_WORDS
                    or text[i - 2][0].isdigit()
                    or (
                        text[i - 2].isalpha()
                        and text[i - 2].islower()
                        and lower[i - 2] not in FUNCTION_WORDS
                        and lower[i - 2] not in AUXILIARIES
                    )
                )
            ):
                continue  # a plural noun: "the four early nominating states"
            if prev in ("which", "what") and _subject_pronoun_after(lower, para, i):
                continue  # a plural noun: "asked him which states he could win" (but "the
                # government, which claims the firm owes")
            if (
                i > 1
                and para[i - 2] == p
                and text[i - 2][0].isdigit()
                and not lower[i - 2].endswith("-old")  # "the 63-year-old rancher says"
                and text[i - 1].isalpha()
                and text[i - 1].islower()
                and prev not in FUNCTION_WORDS
                and not is_adverb(prev)
            ):
                continue  # a plural noun after a year and a modifier: "the 2012 terrorist
                # attacks"
            if i + 1 < n and lower[i + 1] == "from" and i > 0 and text[i - 1][0].isalpha():
                continue  # a plural noun: "TV shows from Pixar", "reports from the front"
            if (
                i > 1
                and text[i - 1][0].isupper()
                and para[i - 2] == p
                and (text[i - 2][0].isdigit() or lower[i - 2] in NUMBER_WORDS)
                and not (i > 2 and lower[i - 3] in _YEAR_PREPOSITIONS)
            ):
                continue  # a plural noun after a number and a name: "1,300 Clinton emails"
        elif kind is FormKind.GERUND:
            if (
                prev
                and text[i - 1][0].islower()
                and prev not in FUNCTION_WORDS
                and prev not in AUXILIARIES
                and not is_adverb(prev)
                and prev not in _OBJECT_PRONOUNS
                and not prev.endswith("s")
                and prev not in SPEAKER_WORDS
                and not (
                    form is not None
                    and form.lemma in _PARTICIPLE_LEMMAS
                    and i + 1 < n
                    and (quote[i + 1] >= 0 or lower[i + 1] == "that")
                )  # "opened the debate saying “of course” ...": a participle
            ):
                continue  # a noun: "urban planning", "the fundraising"
            if (
                i > 0
                and i + 1 < n
                and lower[i - 1] in _COMPOUND_BEFORE
                and text[i + 1][0].islower()
                and lower[i + 1].endswith("s")
                and lower[i + 1] not in FUNCTION_WORDS
            ):
                continue  # a compound noun: "creditors and rating agencies", "the polling places"
        if (
            (kind is FormKind.PRESENT or kind is FormKind.BASE)
            and i > 1
            and text[i - 1] == ","
            and i + 1 < n
            and text[i + 1][0].islower()
            and lower[i + 1] not in _INVERSION_OPENERS
            and (lower[i + 1] in AUXILIARIES or lower[i + 1] in _NOUN_FOLLOWERS)
        ):
            continue  # ", states have ...", "than, say, a plan": no cue
        if form is not None:
            cue = Cue(i, i + 1, form.lemma, form.cls, form.kind)
        else:
            cue = Cue(i, i + 1, word, CueClass.SPEECH, FormKind.PAST)
        if phrase_cls is not None:
            cue.last = phrase_end
            cue.cls = phrase_cls
        elif cue.cls is CueClass.COGNITION and i + 1 < n and lower[i + 1] == "aloud":
            cue.last = i + 2  # "wondered aloud", "mused aloud": thought, said
            cue.cls = CueClass.SPEECH
        _qualify(cue, lower, text, para, quote)
        found.append(cue)
        free = cue.last
    return found


def took_to(lower: Sequence[str], text: Sequence[str], j: int, lo: int) -> int:
    """The token of "took" when the "to" at ``j`` follows "took to MEDIUM": "took to
    Twitter to say", "took to Facebook on Monday to say"; else -1."""
    k = j - 1
    while k - 1 >= lo and j - k <= 6:
        if lower[k] == "to" and lower[k - 1] in TAKE_FORMS:
            return k - 1 if k + 1 < j else -1
        if not (text[k][:1].isupper() or lower[k] in _MEDIUM_ADJUNCTS):
            return -1
        k -= 1
    return -1


def _possessive(lower: list[str], k: int) -> bool:
    """Whether the "’s" at token ``k`` marks a possessive ("the council’s planning"), not
    a contracted "is" or "has" ("he’s claiming", "that’s saying")."""
    return lower[k] in ("’s", "'s") and k > 0 and lower[k - 1] not in _CONTRACTING


def _noun_use(prev: str, prev_text: str, before_prev: str) -> bool:
    """Whether a base form after ``prev`` reads as a noun ("strategy document", "Indiana
    state"), not a verb ("they say", "Democrats argue")."""
    if prev in _DEMONSTRATIVES and before_prev in CUE_FORMS:
        return True  # "called that answer “insulting”": a verb, then the noun it takes
    if prev in _SUBJECT_BEFORE or prev in AUXILIARIES or is_adverb(prev):
        return False
    if before_prev in MODAL_AUXILIARIES and prev in MODAL_ADVERBS:
        return False  # a modal, a word, the verb: "could only quip", "will still say"
    if prev in ("percent", "cent") or (prev in NUMBER_WORDS and before_prev == "in"):
        return False  # "9 percent say", "one in five say": a share of people
    if prev_text[0].isdigit():
        # "the Sept. 11 attack", but "42% say", "six in 10 say"
        return not prev.endswith("%") and before_prev not in ("in", "of", "out")
    if (
        not prev_text[0].isalpha()
        or prev.endswith("ed")
        # "Staff say" (but "a staff report": a noun of one group before a noun)
        or (prev in GROUP_NOUNS and not (before_prev in ("a", "an") and prev in _COMPOUND_GROUPS))
        # "the documents show", "the data suggest" (but "The record label said": a
        # singular noun before a noun)
        or (prev in DOCUMENT_NOUNS and prev.endswith(("s", "a")))
    ):
        return False
    if prev_text[0].isupper():
        # "the Paris attack", but "Obama and Clinton call", "Canadians say"
        plural_people = (
            prev.endswith(_PEOPLE_ENDINGS)
            or (prev.endswith("s") and prev[:-1] in DEMONYMS)  # "the Saudis state"
            # "Candidates say" (a noun capitalised by its place, not "MPs demand ...")
            or (prev.endswith("s") and prev[:-1] in PERSON_NOUNS and prev_text[1:].islower())
            or prev in _PARTIES  # "The Lib Dems say", "Labour argue"
            or (  # "the Greens say", "the Tories claim" (not "the Paris attack")
                before_prev == "the"
                and prev.endswith("s")
                and not prev.endswith("ss")
                and prev not in PLACES
            )
        )
        return before_prev not in ("and", "&") and not plural_people
    # "the natural gas project": a noun in "-s" that is singular (not "researchers studying
    # the virus say": the object of a participle, then the verb)
    return (
        not prev.endswith("s")
        or prev.endswith("ss")
        or (prev in _SINGULAR_S_NOUNS and before_prev != "the")
    )


def _after_relative(lower: list[str], para: Sequence[int], i: int) -> bool:
    """Whether token ``i`` ends a who-clause that no comma sets off, so that it is the
    verb of the clause's subject: "A doctor who quit in protest says", "Residents who live
    near the plant say"."""
    if lower[i] not in _RELATIVE_VERBS:
        return False  # "who are expected to make a large order": "order" is a noun
    k = i - 2
    while k >= 0 and i - k <= RELATIVE_CLAUSE and para[k] == para[i] and lower[k][:1].isalnum():
        if lower[k] == "who":
            return k + 1 < i - 1  # a verb of the clause between: not "people who say"
        if lower[k] == "whose":
            # "a man whose wife died says": the noun and verb of its clause between
            return any(lower[m].endswith("ed") or lower[m] in AUXILIARIES for m in range(k + 2, i))
        k -= 1
    return False


def _plural_head_before(lower: list[str], para: Sequence[int], i: int) -> bool:
    """Whether a plural noun with a prepositional phrase comes before token ``i``: "Polls
    in New Hampshire show", "voters in each state want"."""
    k = i - 1
    while k > 0 and i - k <= 6 and para[k] == para[i] and lower[k][:1].isalnum():
        if lower[k] in _PP_OPENERS:
            head = lower[k - 1]
            if (
                (head in _POSTNOMINAL_ADJECTIVES or (head.endswith("ed") and len(head) > 4))
                and k > 1
                and para[k - 2] == para[i]
            ):
                # "Sources close to the campaign say", "People briefed on the talks say"
                head = lower[k - 2]
            elif lower[k] == "with" or (
                lower[k] == "to" and (head not in GROUP_NOUNS or lower[k + 1] not in DETERMINERS)
            ):
                # "want to say", "agree with what they say", "got the crowd to dance and
                # cheer" (but "Aides to the mayor say")
                return False
            return (
                head.endswith("s") and not head.endswith("ss") and head not in _SINGULAR_S_NOUNS
            ) or head in GROUP_NOUNS
        k -= 1
    return False


def _subject_pronoun_after(lower: list[str], para: Sequence[int], i: int) -> bool:
    """Whether a subject pronoun follows token ``i`` in its paragraph, after adverbs at
    most: "which states (specifically) he could win"."""
    k = i + 1
    while k < len(lower) and k - i <= 3 and para[k] == para[i] and is_adverb(lower[k]):
        k += 1
    return k < len(lower) and para[k] == para[i] and lower[k] in _SUBJECT_PRONOUNS


def _opens_aside(lower: list[str], para: Sequence[int], comma: int) -> bool:
    """Whether the comma at token ``comma`` is the first mark of its sentence, right after
    its subject ("The company, dubbed ..."), so opens an aside rather than closing one."""
    k = comma - 1
    stop = max(-1, comma - 1 - _ASIDE_REACH)  # bounded: a sentence of commas stays linear
    while k > stop and para[k] == para[comma] and lower[k] not in SENTENCE_ENDS:
        if lower[k] in _ASIDE_MARKS:
            return False
        k -= 1
    if k == stop and stop >= 0:
        return False  # no start of the sentence within reach: no subject just before
    return k < comma - 1


def _passive(
    cue: Cue, end: int, named: bool, lower: list[str], para: Sequence[int], quote: Sequence[int]
) -> None:
    """Mark a cue in the passive: a cue of naming whose words end at token ``end`` has its
    agent after "by" speak ("was described by police as “...”": police), any other
    reports no one's words."""
    if (
        named
        and end + 1 < len(lower)
        and lower[end] == "by"
        and para[end + 1] == para[cue.first]
        and quote[end + 1] < 0
    ):
        cue.agent = end + 1
    else:
        cue.passive = True


def _after_named_words(cue: Cue, lower: list[str], quote: Sequence[int]) -> int:
    """Where the words a passive cue of naming gives end, with "as" before them and
    several joined by "and" or "or": "was called “a hero” by his coach", "have been
    described as “reckless” and “shameful” by the commission" (at "by"); the cue's
    end when no quotation follows it."""
    k = cue.last
    if k + 1 < len(lower) and lower[k] == "as" and quote[k + 1] >= 0:
        k += 1
    if k >= len(lower) or quote[k] < 0:
        return cue.last
    stop = min(len(lower), k + _NAMED_WORDS_SCAN)
    while k < stop:
        if quote[k] >= 0:
            inside = quote[k]
            while k < len(lower) and quote[k] == inside:
                k += 1
        elif lower[k] in ("”", '"', "’", "'", ",", "and", "or"):
            k += 1
        else:
            break
    return k


def _qualify(
    cue: Cue, lower: list[str], text: list[str], para: Sequence[int], quote: Sequence[int]
) -> None:
    """Note negation, passive voice and infinitives from the words before the cue."""
    i = cue.first
    p = para[i]
    j = i - 1
    skipped = 0
    while j >= 0 and para[j] == p and skipped < 3:
        w = lower[j]
        if not (
            (w in ADVERBS or (len(w) > 4 and w.endswith("ly") and w not in _NOT_ADVERBS))
            and text[j].islower()
        ):
            break
        j -= 1
        skipped += 1
    if j < 0 or para[j] != p or quote[j] >= 0:
        return
    before = lower[j]
    if before == "to":
        if not (
            (j > 0 and lower[j - 1] in _INFINITIVE_OK)
            or took_to(lower, text, j, 0) >= 0
            or caused_to(lower, text, j, 0) >= 0
        ):
            cue.infinitive = True
        return
    if before in ("’s", "'s") and j > 0 and shop_name(text[j - 1], lower[cue.first]):
        return  # "Sainsbury's said": the company's name, no "is said"
    if (
        before in ("—", "–", "-")
        and cue.kind is FormKind.PAST
        and cue.last + 1 < len(lower)
        and lower[cue.last] == "by"
        and para[cue.last + 1] == p
        and quote[cue.last + 1] < 0
        and (cue.cls is CueClass.NAMING or cue.lemma in _AGENT_PASSIVES)
    ):
        cue.agent = cue.last + 1  # "... - described by one union as “...”": the union
        return
    named = cue.cls is CueClass.NAMING or cue.lemma in _AGENT_PASSIVES
    if (
        not named
        and cue.kind is FormKind.PAST
        and cue.last < len(lower)
        and lower[cue.last] == "by"
        and not lower[min(cue.last + 1, len(lower) - 1)].endswith("ing")  # "hit back by saying"
        and text[j].isalpha()
        and text[j].islower()
        and before not in FUNCTION_WORDS
    ):
        cue.passive = True  # "the officer cited by Sen. Ann Kwan": a participle after a noun
        return
    if before == "," and named and cue.kind is FormKind.PAST:
        end = _after_named_words(cue, lower, quote)
        if end > cue.last and _opens_aside(lower, para, j):
            # "The company, dubbed “...” during the boom": a participle after the thing
            # named, which names it no one's words but the agent's after "by" ("the
            # Saints, dubbed “...” by local media"); "dubbed it “...”" has its object
            # first, and a comma closing an aside comes before a verb ("Mitt Romney, for
            # one, called “...”")
            _passive(cue, end, named, lower, para, quote)
            return
    if before in _PASSIVE and cue.kind is FormKind.PAST:
        end = _after_named_words(cue, lower, quote) if named else cue.last
        _passive(cue, end, named, lower, para, quote)
        return
    if before in _PROGRESSIVE and cue.kind is FormKind.GERUND:
        cue.progressive = True
    for k in range(j, max(0, j - 2) - 1, -1):
        w = lower[k]
        if w in SENTENCE_ENDS or w in (",", ";", ":", "—", "–"):
            # "..., which they were not. He said": the sentence before's "not"; "The
            # plan would not work, said Tom Hale": the "not" of the words reported
            return
        if (w in _NEGATIONS or w.endswith(_NOT_ENDINGS)) and quote[k] < 0 and para[k] == p:
            cue.negated = True
            return
