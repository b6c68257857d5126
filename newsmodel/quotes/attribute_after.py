"""Attribution by a cue after the quotation, or later in its sentence.

``cue-after``           “...,” X said / “...,” X, DESCRIPTION, told reporters
``cue-after-inverted``  “...,” said X, DESCRIPTION
``according-to``        “...,” according to X
``dash``                “...” — Commissioner Jane Doe
``cue-later``           ... “...” for now, he told reporters / “...,” as the mayor said

After words that end with a full stop, the attribution must close its own sentence, and
an attribution that leads into the next quotation ("He added: “...”") belongs to that one.
"""

from __future__ import annotations

import attrs

from newsmodel.model import SpeakerKind
from newsmodel.quotes.cue_speaker import (
    ADJUNCT_PREPOSITIONS,
    AFTER_CLASSES,
    CORE,
    INVERTIBLE,
    TIME_ADVERBS,
    VERB_PARTICLES,
    Context,
    Found,
    closed,
    phrase_before_adjunct,
    quoted_as_saying,
)
from newsmodel.quotes.cues import AUXILIARIES, Cue, is_adverb
from newsmodel.quotes.lexicon import FUNCTION_WORDS, CueClass, FormKind, word_list
from newsmodel.quotes.marks import RawQuote
from newsmodel.quotes.proper_names import is_given_name
from newsmodel.quotes.speaker_after import phrase_after
from newsmodel.quotes.speaker_kinds import Phrase
from newsmodel.quotes.speakers import FINITE_WORDS, phrase_before
from newsmodel.quotes.tokens import Tokens

__all__ = [
    "DASHES",
    "cue_after",
    "cue_later",
    "ends_with_comma",
    "ends_with_question",
]

_SEPARATORS = frozenset({",", "—", "–", "--", "-", "―"})
#: Dashes that set off a speaker after a quotation: "“...” — Jane Doe".
DASHES = frozenset({"—", "–", "--", "―"})
_CLAUSE_SUBJECTS = word_list("clause_subjects")
#: The people told in a short adjunct that may close a sentence after its cue: "“...” he
#: told reporters."
_TOLD_OBJECTS = word_list("told_objects")
#: Words that open a question or clause of the cue's own: "continuing on how to ...".
_QUESTION_WORDS = word_list("wh_words")
#: The most words of a description before a name after an inverted cue, or of a speaker
#: no word list knows between a quotation and its cue.
_MAX_TITLE_WORDS = 5
#: The most capitalised words of a body's name before a title's lower-case words.
_MAX_BODY_WORDS = 2
#: Determiners that open a speaker no word list knows: "“...,” this Hale look-alike said".
_UNKNOWN_DETERMINERS = word_list("unknown_speaker_determiners")
#: Participles of a passive of quoting before "as saying": "was quoted as saying".
_AS_SAYING_PARTICIPLES = word_list("as_saying_participles")
#: Words after "called" that make it a verb of speaking aloud: "called out".
_CALL_PARTICLES = word_list("call_particles")


def cue_after(
    ctx: Context,
    q: RawQuote,
    text: str,
    b: int,
    sl: int,
    *,
    strict: bool = False,
    adjacent_before: bool = False,
) -> Found | None:
    """An attribution right after the closing mark: “...,” X said / said X / — X.

    After words that end a sentence with a full stop the attribution must close its own
    sentence ("“We won.” Smith said."), so that a new sentence ("“We won.” Smith
    disagreed, saying ...") is not taken for one. With ``strict`` (a cue before the
    quotation competes) only the common reporting verbs count, or, when a comma closes the
    quotation, any verb ("“...,” Roffman predicted"; "according to" still does not), unless
    the cue before leads right into it (``adjacent_before``: "shouted, “Cruz,” Beck
    joked").
    """
    tokens = ctx.tokens
    k = b
    _lo_para, hi = tokens.para_bounds(b - 1)
    if k >= hi:
        return None
    seps = 0
    while k < hi and tokens.text[k] in _SEPARATORS and seps < 2:
        k += 1
        seps += 1
    if k >= hi or tokens.quote[k] >= 0:
        return None
    full_stop = q.close_start is not None and _ends_with_full_stop(text, q.start, q.end)
    # after a question or a cry, a verb that is no common reporting verb must close the
    # sentence too: "“Who wants ...?” Zapster offers a yearly plan"
    question = q.close_start is not None and ends_with_question(text, q.start, q.end)
    comma = ends_with_comma(text, q.start, q.end)
    any_verb = comma and not adjacent_before
    dash = seps > 0 and tokens.text[b] in DASHES
    limit = min(hi, k + 30)
    stop = k
    while stop < limit and tokens.quote[stop] < 0 and tokens.text[stop] not in (".", "!", "?", ";"):
        stop += 1
    # inverted: “...,” said X
    # after a question, a verb of wondering reports it too: "“Will he run?” she wondered"
    classes = (*AFTER_CLASSES, CueClass.COGNITION) if question else AFTER_CLASSES
    for cue in ctx.cues_between(k, k + 1):
        if not cue.usable or (cue.cls not in classes and cue.lemma not in INVERTIBLE):
            continue  # (a verb of thought inverted speaks: "“...,” remembered Tom Green")
        if strict and cue.lemma not in CORE and (cue.according or not any_verb):
            continue
        if cue.according:
            phrase = closed(tokens, phrase_after(tokens, cue.last, stop), stop)
            if phrase is None:
                phrase = phrase_before_adjunct(tokens, cue.last, stop)
            if phrase is not None:
                return Found(phrase, ctx.cue_span(cue), "according-to", 0.9, adjacent=True)
        elif cue.kind in (FormKind.PAST, FormKind.PRESENT) or cue.lemma == "read":
            phrase = closed(tokens, phrase_after(tokens, cue.last, stop), stop)
            if phrase is None and (comma or question):
                phrase = _titled_name_after(tokens, cue.last, stop)
                if phrase is None and stop < hi and tokens.text[stop] == ".":
                    phrase = _unknown_head(tokens, cue.last, stop)  # said the slate card.
            if phrase is not None and not (full_stop and not _ends_here(tokens, phrase, stop)):
                end = max(phrase.last, phrase.description[1] if phrase.description else 0)
                if not comma and _leads_into_quote(tokens, end, stop, hi):
                    return None  # “We won.” Said Smith: “...”: the next quotation's
                return Found(phrase, ctx.cue_span(cue), "cue-after-inverted", 0.95, adjacent=True)
    # “...,” X said
    for cue in ctx.cues_between(k + 1, stop)[:3]:
        if (
            not cue.usable
            or cue.according
            or (cue.cls not in classes and not _called_aloud(tokens, cue, stop))
        ):
            continue
        if strict and cue.lemma not in CORE and not any_verb:
            continue
        at = cue.first
        if cue.kind is FormKind.GERUND and _passive_as(tokens, at, k):
            at -= 2  # "“...,” Mr Tobias Venn was quoted as saying": the one quoted
        phrase = phrase_before(tokens, at, k)
        if phrase is None and (comma or question):
            phrase = _unknown_head(tokens, k, cue.first)
        if phrase is not None and (
            phrase.first == k
            # "“...,” her sister, Betsy Dale, said": the description opens the attribution
            or (phrase.description is not None and phrase.description[0] == k)
        ):
            quoted = quoted_as_saying(tokens, cue, stop)
            if quoted is not None:
                # “...”, the paper quoted Mr Chernin as saying: the one quoted speaks
                return Found(quoted, ctx.cue_span(cue), "cue-after", 0.95, adjacent=True)
            if (full_stop or (question and cue.lemma not in CORE)) and not _cue_closes(
                tokens, cue, stop
            ):
                break
            if full_stop and _quote_inside(tokens, cue, stop, hi):
                break  # “...” The Greens accuse Mr Blair of a “touchy-feely” speech
            if not comma and _leads_into_quote(tokens, cue.last, stop, hi):
                break  # “...” He added: “...”: the cue introduces the next quotation
            if _clause_follows(tokens, cue.last, stop):
                break  # “...,” he claimed they never met: a sentence of its own
            return Found(phrase, ctx.cue_span(cue), "cue-after", 0.95, adjacent=True)
    if dash and not strict:  # (a cue before the words wins over a signature after them)
        phrase = phrase_after(tokens, k, stop)
        if (
            phrase is not None
            and phrase.name is not None
            and (phrase.last >= stop or tokens.text[phrase.last] == ",")
        ):
            span = (tokens.start[b], tokens.end[b])
            return Found(phrase, span, "dash", 0.8, adjacent=True)
    if (comma or question) and not strict and stop < hi and tokens.text[stop] == ".":
        return _any_past_verb(tokens, k, stop)
    return None


def _called_aloud(tokens: Tokens, cue: Cue, stop: int) -> bool:
    """Whether "called" after a quotation says it aloud: "his mother called from the
    doorway", "a reporter called out", "she called." (not "called it a disgrace")."""
    return (
        cue.lemma == "call"
        and cue.kind is FormKind.PAST
        and (cue.last >= stop or tokens.lower[cue.last] in _CALL_PARTICLES)
    )


def _any_past_verb(tokens: Tokens, k: int, stop: int) -> Found | None:
    """“...,” Holt started. / “...?” he wondered aloud.: after a quotation that a comma or
    a question closes, someone and a verb in the past that closes the sentence, bar an
    adverb, report the words, whatever the verb."""
    phrase = phrase_after(tokens, k, stop)
    if (
        phrase is None
        or phrase.first != k
        or phrase.description is not None
        or phrase.kind not in (SpeakerKind.PERSON, SpeakerKind.GROUP, SpeakerKind.ORGANISATION)
        or (phrase.pronoun is None and phrase.name is None)
    ):
        return None
    v = phrase.last
    if v >= stop or not tokens.lower[v].endswith("ed") or not tokens.text[v].isalpha():
        return None
    if any(not is_adverb(tokens.lower[m]) for m in range(v + 1, stop)):
        return None  # "“...,” Holt started the meeting.": an object, another sentence
    return Found(phrase, (tokens.start[v], tokens.end[v]), "cue-after", 0.8, adjacent=True)


def _passive_as(tokens: Tokens, gerund: int, k: int) -> bool:
    """Whether a gerund at token ``gerund`` closes a passive of quoting after the speaker
    from token ``k``: "was quoted as saying", "is reported as saying"."""
    return (
        gerund - 3 > k
        and tokens.lower[gerund - 1] == "as"
        and tokens.lower[gerund - 2] in _AS_SAYING_PARTICIPLES
        and tokens.lower[gerund - 3] in AUXILIARIES
    )


def _titled_name_after(tokens: Tokens, i: int, stop: int) -> Phrase | None:
    """A person named after a run of lower-case words that describe them, right after an
    inverted cue: "“...,” said transit committee ranking Democrat Olu Benson (D-Ore.)".
    The name must close the clause, as after any inverted cue."""
    lower = tokens.lower
    # a body's name of a word or two may lead the words: "said Oversight ranking
    # Democrat ..." (the committee's)
    j = i
    while (
        j < stop
        and j - i < _MAX_BODY_WORDS
        and tokens.quote[j] < 0
        and tokens.text[j][0].isupper()
        and tokens.text[j].isalpha()
        and lower[j] not in FUNCTION_WORDS
        and not is_given_name(tokens.text[j])
    ):
        j += 1
    body = j
    while j < stop and j - body < _MAX_TITLE_WORDS and tokens.quote[j] < 0:
        t = tokens.text[j]
        if t[0].isupper():
            break
        if not t.isalpha() or lower[j] in FUNCTION_WORDS or lower[j].endswith("ly"):
            return None
        j += 1
    if j == body or j >= stop or not tokens.text[j][0].isupper():
        return None
    phrase = closed(tokens, phrase_after(tokens, j, stop), stop)
    if phrase is None or phrase.name is None or phrase.kind is not SpeakerKind.PERSON:
        return None
    return attrs.evolve(phrase, first=i)


def _unknown_head(tokens: Tokens, k: int, cue: int) -> Phrase | None:
    """Someone no word list knows, right between a quotation and its cue: "“...,” this
    Hale look-alike declared", "“...,” a voice over says": a determiner and a few words
    with nothing that could end a noun phrase between them. Someone unnamed speaks."""
    lower = tokens.lower
    if cue - k < 2 or cue - k > _MAX_TITLE_WORDS or lower[k] not in _UNKNOWN_DETERMINERS:
        return None
    for m in range(k + 1, cue):
        t = tokens.text[m]
        if (
            tokens.quote[m] >= 0
            or not t.replace("-", "").isalpha()
            or lower[m] in FUNCTION_WORDS
            or lower[m] in FINITE_WORDS
        ):
            return None
    if lower[k] in ("the", "this"):
        # "the two-time Academy Award winner": someone the article has named, perhaps
        return Phrase(k, cue, SpeakerKind.PERSON, role=lower[cue - 1], definite=True)
    return Phrase(k, cue, SpeakerKind.ANONYMOUS, role=lower[cue - 1])


def _leads_into_quote(tokens: Tokens, end: int, stop: int, hi: int) -> bool:
    """Whether an attribution ending at token ``end`` leads into the quotation at token
    ``stop`` through a comma or colon, bar a short adjunct: "he added: “...”"."""
    if stop >= hi or tokens.quote[stop] < 0 or stop - end > 6 or stop <= end:
        return False
    if tokens.text[stop - 1] not in (",", ":"):
        return False
    return not any(tokens.lower[m] in FINITE_WORDS for m in range(end, stop))


def _quote_inside(tokens: Tokens, cue: Cue, stop: int, hi: int) -> bool:
    """Whether the sentence of a cue goes on into a quotation of its own after words of
    the cue's ("accuse Mr Blair of a “touchy-feely” speech"), not through a comma or a
    colon that leads into it."""
    return (
        stop < hi
        and stop > cue.last
        and tokens.quote[stop] >= 0
        and tokens.text[stop - 1] not in (",", ":")
    )


def _clause_follows(tokens: Tokens, k: int, stop: int) -> bool:
    """Whether a clause of its own follows a cue at token ``k``: "that ...", "they never
    met" (a subject pronoun and a verb)."""
    while k < stop and tokens.lower[k] in TIME_ADVERBS:
        k += 1
    if k >= stop:
        return False
    w = tokens.lower[k]
    if w == "that":
        return True
    return (
        w in _CLAUSE_SUBJECTS
        and k + 1 < stop
        and tokens.text[k + 1][0].islower()
        and tokens.lower[k + 1] not in ADJUNCT_PREPOSITIONS
    )


def ends_with_comma(text: str, start: int, end: int) -> bool:
    i = end - 1
    while i >= start and text[i] in " \t":
        i -= 1
    return i >= start and text[i] == ","


def _ends_with_full_stop(text: str, start: int, end: int) -> bool:
    i = end - 1
    while i >= start and text[i] in " \t\"”’'":
        i -= 1
    return i >= start and text[i] == "."


def ends_with_question(text: str, start: int, end: int) -> bool:
    i = end - 1
    while i >= start and text[i] in " \t\"”’'":
        i -= 1
    return i >= start and text[i] in "?!"


def _ends_here(tokens: Tokens, phrase: Phrase, stop: int) -> bool:
    end = max(phrase.last, phrase.description[1] if phrase.description else 0)
    return end >= stop or tokens.text[end] in (".", "!", "?", ";")


def _cue_closes(tokens: Tokens, cue: Cue, stop: int) -> bool:
    """Whether the sentence ends after the cue, bar a short adjunct ("said on Monday")."""
    k = cue.last
    if k >= stop:
        return True
    w = tokens.lower[k]
    if w in (",", ";", ":"):
        return True
    if w in _TOLD_OBJECTS and k + 1 < stop and tokens.text[k + 1] in (",", ";"):
        return True  # "“...?” he urged them, as he explained ...": the one told, then a comma
    if stop - k > 8 or any(
        tokens.lower[m] in FINITE_WORDS
        or tokens.lower[m] in _QUESTION_WORDS
        or tokens.lower[m] == "that"
        for m in range(k, stop)
    ):
        return False  # "Talks are continuing on how to ...": a sentence of its own
    return (
        w in ADJUNCT_PREPOSITIONS
        or w in TIME_ADVERBS
        or w in _TOLD_OBJECTS
        or (w in VERB_PARTICLES and (k + 1 >= stop or tokens.text[k + 1] in (",", ";")))
        or tokens.text[k][0].isupper()
    )


def cue_later(ctx: Context, b: int, sl: int) -> Found | None:
    """A common reporting verb later in the sentence, its speaker set off by a comma:
    “...” for a treaty “if both agree,” he told reporters."""
    tokens = ctx.tokens
    tried = 0
    for cue in ctx.cues_between(b, min(sl, b + 60)):
        if tried >= 3:
            break
        tried += 1
        if not cue.usable:
            continue
        if cue.lemma not in CORE and not cue.according:
            # “...,” as X suggested / as X put it: a parenthetical attribution
            phrase = None
            if (
                cue.cls in (CueClass.SPEECH, CueClass.WRITE, CueClass.NAMING)
                and cue.kind is not FormKind.GERUND
            ):  # "as Tran dubbed the merger", "as she wrote"
                phrase = phrase_before(tokens, cue.first, b)
            if phrase is not None and (
                _as_aside(tokens, phrase, b)
                # "..., the complaint alleges.": the speaker set off by a comma, and the
                # sentence ends with the cue
                or (
                    tokens.text[phrase.first - 1] == ","
                    and cue.cls in AFTER_CLASSES
                    and (_cue_closes(tokens, cue, sl) or tokens.text[cue.last] in (".", "!", "?"))
                )
            ):
                return Found(phrase, ctx.cue_span(cue), "cue-later", 0.8)
            continue
        if cue.according:
            if tokens.text[cue.first - 1] != ",":
                continue
            phrase = closed(tokens, phrase_after(tokens, cue.last, sl), sl)
        else:
            phrase = phrase_before(tokens, cue.first, b)
            if (
                phrase is not None
                and tokens.text[phrase.first - 1] not in (",", "—", "–")
                and tokens.quote[phrase.first - 1] < 0
                and not _as_aside(tokens, phrase, b)
            ):
                phrase = None
            if (
                phrase is None
                and cue.lemma in INVERTIBLE
                and cue.lemma != "tell"  # ", told reporters": the ones told
                and tokens.text[cue.first - 1] == ","
            ):
                phrase = closed(tokens, phrase_after(tokens, cue.last, sl), sl)
        if phrase is not None:
            return Found(phrase, ctx.cue_span(cue), "cue-later", 0.8)
    return None


def _as_aside(tokens: Tokens, phrase: Phrase, b: int) -> bool:
    """Whether a speaker opens an aside with "as" after a comma or a closing mark: “...,”
    as the mayor said; “...” as she put it."""
    k = phrase.first - 1
    return (
        k - 1 >= b - 1
        and tokens.lower[k] == "as"
        and (tokens.text[k - 1] in (",", "—", "–") or tokens.quote[k - 1] >= 0)
    )
