"""Attribution by a cue before the quotation, in its sentence.

``cue-before``       X said: “...” / X said “...” / X told reporters on Monday that “...”
``cue-in-sentence``  X said the plan would “fail”: a quoted fragment in reported speech
``according-to``     According to X, “...”
``noun-cue``         her remark that “...” / his call for “...” / in her words, “...”

Of the cues before a quotation, the nearest of speech counts first, then the nearest of
thought or evidence; a pronoun inside reported speech ("Lynch said she recalled thinking
“...”") is the speaker of the sentence's main cue.
"""

from __future__ import annotations

from newsmodel.model import SpeakerKind
from newsmodel.quotes.cue_speaker import (
    ADJUNCT_PREPOSITIONS,
    ADJUNCT_WORDS,
    AFTER_CLASSES,
    CORE,
    TIME_ADVERBS,
    Context,
    Found,
    first_phrase,
    inverted,
    speaker_of,
)
from newsmodel.quotes.cues import MODAL_AUXILIARIES, Cue
from newsmodel.quotes.lexicon import (
    CUE_FORMS,
    PRONOUNS,
    SUBORDINATORS,
    CueClass,
    FormKind,
    word_list,
)
from newsmodel.quotes.person_words import TIME_WORDS
from newsmodel.quotes.phrase_words import DASH_TOKENS
from newsmodel.quotes.quoted_titles import read_out
from newsmodel.quotes.speaker_kinds import Phrase, classify
from newsmodel.quotes.tokens import Tokens

__all__ = [
    "NOUN_CUES",
    "QUOTE_STANCES",
    "QUOTE_THOUGHT",
    "cue_before",
    "noun_cue",
    "others_words",
]

_LEAD_INS = frozenset({":", ",", "that", "—", "–", "--"})
#: Nouns of speech that introduce quoted words with their owner: "her remark that “...”".
NOUN_CUES = word_list("noun_cues")
_ADJECTIVE_ENDINGS = tuple(sorted(word_list("adjective_endings")))
_GERUND_PREPOSITIONS = word_list("gerund_prepositions")
#: Prepositions before a gerund that give a topic, no manner of speaking: "the race cannot
#: be about reacting to Morrow" (but "concluded by saying").
_TOPIC_PREPOSITIONS = word_list("topic_prepositions")
#: How many tokens a that-clause after a noun of speech may run before its quotation.
_THAT_CLAUSE = 12
_NOUN_CUE_LINKS = word_list("noun_cue_links")
#: Verbs that link a noun of speech to its clause: "his answer was that ...".
_COPULAS = word_list("copulas")
_OWNER_PRONOUNS = word_list("owner_pronouns")
_OTHERS_WORDS = word_list("others_words")
#: How many tokens before a quotation a noun of what others say is looked for.
_OTHERS_SPAN = 25
#: Words before "calls" or "claims" that make it a verb: "a platform that calls for".
_VERB_SUBJECTS = word_list("others_words_verb_subjects")
_ONLY_ADJACENT = word_list("only_adjacent_verbs")
#: Verbs whose object is a thing, not words (see the list).
_THING_VERBS = word_list("thing_verbs")
_CLAUSE_BREAKS = word_list("clause_breaks")
#: Stances that can introduce quoted words ("endorsed his “America First” plan").
QUOTE_STANCES = word_list("quote_stances")
#: Verbs of thought that can introduce quoted words ("she thinks the plan is “a mess”").
QUOTE_THOUGHT = word_list("quote_thought")
#: The people told, a cue's object before its quotation: "told him, “...”".
_TOLD_OBJECTS = word_list("told_objects")


def noun_cue(ctx: Context, a: int, sf: int) -> Found | None:
    """A noun of speech with its owner right before the quotation: "her remark that
    “...”", "his call for “...”", "Obama's statement on Monday that “...”", "in her
    words, “...”"."""
    tokens = ctx.tokens
    lower = tokens.lower
    aside = _words_aside(tokens, a, sf)
    if aside is not None:
        return aside
    k = a - 1
    skipped = 0
    linked = False
    while (
        k > sf
        and skipped < 4
        and (
            lower[k] in _NOUN_CUE_LINKS
            or lower[k] in TIME_ADVERBS
            or (lower[k] == "," and lower[k - 1] == "that")  # "her comment that, “...”"
        )
    ):
        if tokens.quote[k] >= 0:
            return None
        linked = linked or lower[k] in _NOUN_CUE_LINKS
        k -= 1
        skipped += 1
    if k - 1 >= sf and tokens.quote[k] < 0 and lower[k] not in NOUN_CUES:
        that = _that_of_noun_cue(tokens, a, sf)
        if that > 0:
            k, linked = that - 1, True  # "her remark that the deal was “a mistake”"
    if k - 1 < sf or tokens.quote[k] >= 0 or lower[k] not in NOUN_CUES:
        return None
    if not linked and lower[k] != "slogan":
        return None  # "Trump's comments “are based on ...”": the noun is a subject
    if any(c.usable and c.cls in AFTER_CLASSES for c in ctx.cues_between(max(sf, k - 6), k)):
        # "Hollande denounced Trump's remarks as “...”": the verb's speaker (a cue further
        # back is another clause's: "a convoluted answer to ... her claim that she “...”")
        return None
    cue_last = k + 1
    if lower[k] in ("call", "calls") and cue_last < a and lower[cue_last] == "for":
        cue_last += 1
    owner = k - 1
    adjectives = 0
    while (
        owner > sf
        and adjectives < 2
        and (
            (
                tokens.text[owner][0].islower()
                and (lower[owner] == "own" or lower[owner].endswith(_ADJECTIVE_ENDINGS))
            )
            or lower[owner] in TIME_WORDS  # "her March comment"
        )
    ):
        owner -= 1  # "his patronizing suggestion", "her own admission"
        adjectives += 1
    w = lower[owner]
    phrase: Phrase | None = None
    if w in _OWNER_PRONOUNS and tokens.text[owner][0].isalpha():
        pronoun = PRONOUNS[w]
        kind = SpeakerKind.GROUP if pronoun.plural else SpeakerKind.PERSON
        if pronoun.hint == "organisation":
            kind = SpeakerKind.ORGANISATION
        phrase = Phrase(owner, owner + 1, kind, pronoun=pronoun)
        subject = first_phrase(tokens, sf, owner)
        if (
            subject is not None
            and subject.pronoun is None
            and subject.kind is kind
            and (subject.name is not None or kind is not SpeakerKind.PERSON)
        ):
            phrase = subject  # "Sanders has pushed his promise of “...”": Sanders
    elif w in ("’s", "'s", "’") and owner - 1 >= sf:
        first = owner - 1
        if tokens.text[first][0].isupper():
            while first - 1 >= sf and first > owner - 5 and tokens.text[first - 1][0].isupper():
                first -= 1
        else:
            # "The senator's answer": a role after its determiner
            while first - 1 >= sf and first > owner - 4 and lower[first] not in ("the", "a"):
                first -= 1
            if lower[first] not in ("the", "a"):
                return None
        found = classify(tokens, first, owner)
        if found is not None and found.kind in (
            SpeakerKind.PERSON,
            SpeakerKind.ORGANISATION,
            SpeakerKind.GROUP,
        ):
            phrase = found
    if phrase is None:
        return None
    span = (tokens.start[k], tokens.end[cue_last - 1])
    return Found(phrase, span, "noun-cue", 0.8, adjacent=True)


def _that_of_noun_cue(tokens: Tokens, a: int, sf: int) -> int:
    """The "that" after a noun of speech whose clause runs on to the quotation at token
    ``a`` with no break or quotation between ("her remark that the deal was “...”"), or
    -1."""
    lower = tokens.lower
    for k in range(a - 2, max(sf, a - _THAT_CLAUSE) - 1, -1):
        if tokens.quote[k] >= 0 or not tokens.text[k][:1].isalnum():
            return -1
        if lower[k] == "that":
            j = k - 1
            if j - 1 > sf and lower[j] in _COPULAS:
                j -= 1  # "his answer was that the harbor is “...”"
            return k if j > sf and lower[j] in NOUN_CUES else -1
    return -1


def others_words(tokens: Tokens, start: int, a: int) -> bool:
    """Whether a noun of what others say, that no possessive owns, stands between token
    ``start`` and the quotation at token ``a``: "rejected calls to “pause”", "amid
    claims that ... “dirty tricks”" (not "his claims that")."""
    lower = tokens.lower
    return any(
        lower[k] in _OTHERS_WORDS
        and lower[k - 1] not in _OWNER_PRONOUNS
        and lower[k - 1] not in ("’s", "'s")
        and lower[k - 1] not in _VERB_SUBJECTS  # "a platform that calls for": a verb
        # their clause ("that", "to"; "calls for"): not "dismissed claims as", nor the
        # legal "claims for damages"
        and (
            lower[k + 1] in ("that", "to")
            or (lower[k + 1] == "for" and k + 1 < a and lower[k] in ("calls", "demands"))
        )
        and not any(w == "as" or w in CUE_FORMS for w in lower[k + 1 : a])
        for k in range(max(start, 1, a - _OTHERS_SPAN), a - 1)
    )


def _words_aside(tokens: Tokens, a: int, sf: int) -> Found | None:
    """ "It had, in her words, become “unhealthy.”": an aside set off by commas earlier in
    the sentence gives the quoted words to its owner."""
    lower = tokens.lower
    for k in range(a - 2, max(sf, a - 12) - 1, -1):
        if tokens.quote[k] >= 0 or lower[k] in (".", ";"):
            return None
        if lower[k] == "words" and k + 2 < a and lower[k + 1] == "of":
            return _words_of(tokens, k, a, sf)
        if lower[k] != "words" or k + 1 >= a or tokens.text[k + 1] != ",":
            continue
        owner = k - 1
        if owner > sf and lower[owner] == "own":
            owner -= 1
        w = lower[owner]
        if (
            owner - 2 >= sf
            and lower[owner - 1] == "in"
            and tokens.text[owner - 2] == ","
            and w in _OWNER_PRONOUNS
            and not PRONOUNS[w].plural
        ):
            pronoun = PRONOUNS[w]
            kind = (
                SpeakerKind.ORGANISATION if pronoun.hint == "organisation" else SpeakerKind.PERSON
            )
            phrase = Phrase(owner, owner + 1, kind, pronoun=pronoun)
            span = (tokens.start[owner - 1], tokens.end[k])
            return Found(phrase, span, "noun-cue", 0.8)
        return None
    return None


def _words_of(tokens: Tokens, k: int, a: int, sf: int) -> Found | None:
    """ "Green was, in the words of one aide, “the heir ...”": the aside "in the words of"
    (``words`` at token ``k``) gives the quotation at token ``a`` to the one it names."""
    if k - 2 < sf or tokens.lower[k - 1] != "the" or tokens.lower[k - 2] != "in":
        return None
    if k - 2 > sf and tokens.text[k - 3] != ",":
        return None
    end = next((j for j in range(k + 2, a) if tokens.text[j] == ","), -1)
    if end < 0:
        return None
    phrase = classify(tokens, k + 2, end)
    if phrase is None or phrase.kind not in _WORDS_OWNERS:
        return None
    return Found(phrase, (tokens.start[k - 2], tokens.end[k + 1]), "noun-cue", 0.8)


#: The kinds of speaker whose words "in the words of" quotes.
_WORDS_OWNERS = frozenset(
    {SpeakerKind.PERSON, SpeakerKind.ANONYMOUS, SpeakerKind.ORGANISATION, SpeakerKind.GROUP}
)


def _quote_cue(cue: Cue) -> bool:
    """Whether a cue can introduce quoted words (not "wants", "plans", "seeks")."""
    if not cue.usable:
        return False
    if cue.cls is CueClass.STANCE:
        return cue.lemma in QUOTE_STANCES
    if cue.cls is CueClass.COGNITION:
        return cue.lemma in QUOTE_THOUGHT
    return True


#: The most words between a cue and the "that" of its clause: "told MPs that", "told the
#: BBC on Monday that".
_TOLD_WORDS = 5


def cue_before(ctx: Context, a: int, sf: int) -> Found | None:
    """The cue before the quotation in its sentence, with its speaker: the nearest cue of
    speech, else the nearest of thought or evidence."""
    tokens = ctx.tokens
    candidates = [c for c in ctx.cues_between(max(sf, a - 80), a) if _quote_cue(c)]
    speech = [
        c
        for c in candidates
        if c.cls not in (CueClass.COGNITION, CueClass.EVIDENCE, CueClass.STANCE)
    ]
    ordered = list(reversed(speech)) + [c for c in reversed(candidates) if c not in speech]
    participle: Cue | None = None
    for n, cue in enumerate(ordered[:4]):
        if cue.lemma in _ONLY_ADJACENT and not _adjacent_left(tokens, cue.last, a):
            continue  # "her campaign would continue “to break barriers”"
        if n + 1 < len(ordered) and _in_relative_aside(tokens, cue, a, sf):
            continue  # "the announcement, which some have argued was ..., was an “insult”"
        if _in_dash_aside(tokens, cue, a, sf):
            continue  # "If it is hiding the files — as critics believe, but the mayor denies —"
        if _in_opening_clause(tokens, cue, a, sf):
            continue  # "While Holt praises it as “...,” Vance fixates on the “...” line"
        phrase = speaker_of(ctx, cue, sf, a)
        if phrase is None:
            if (
                participle is None
                and cue.kind is FormKind.GERUND
                and cue.cls in AFTER_CLASSES
                and cue.first - 1 > sf
                and tokens.text[cue.first - 1] == ","
            ):
                participle = cue  # "said X, adding that ... “...”": the participle's subject
            continue
        prepositional = (
            cue.kind is FormKind.GERUND
            and cue.first - 1 >= sf
            and tokens.lower[cue.first - 1] in _GERUND_PREPOSITIONS
        )
        aside = (
            phrase.pronoun is not None
            and phrase.first - 1 >= sf
            and tokens.text[phrase.first - 1] == ","
            and cue.last < a
            and tokens.text[cue.last] == ","
        )  # "an outcome, he said, “...”": the aside is the attribution
        # a cue after a modal is no speech that took place: "Hale said the company would
        # offer “...”" quotes Hale, even though the quotation follows the inner cue
        hypothetical = cue.first - 1 > sf and tokens.lower[cue.first - 1] in MODAL_AUXILIARIES
        # "The council said the channel offered the “cheapest form”": a verb of things
        # gives no one's words, those of the one who reports it
        of_things = cue.lemma in _THING_VERBS
        reported = (
            (hypothetical or of_things or not _adjacent_left(tokens, cue.last, a))
            and any(
                outer.first < cue.first
                and outer.lemma in CORE
                and outer.kind is not FormKind.GERUND
                and not inverted(tokens, outer, sf)  # "“...,” said Ann Dale, adding ..."
                and (
                    phrase.first == outer.last
                    or (
                        outer.last < phrase.first <= outer.last + _TOLD_WORDS
                        and tokens.lower[phrase.first - 1] == "that"
                        and all(
                            tokens.text[m][:1].isalnum() for m in range(outer.last, phrase.first)
                        )
                    )
                    # "said the president had ... and that the Senate should confirm her “...”":
                    # a cue after a modal, inside what was said
                    or ((hypothetical or of_things) and outer.last <= phrase.first)
                )
                for outer in speech
            )
        )  # "Israel said Clinton called on members to be “...”": Israel's report (so
        # "Hale told MPs that the French had agreed ... after “...”": Hale's)
        # "Quist said her party offered a “real alternative”": a body of the reporting
        # speaker's own inside her reported speech speaks for her
        owned = (
            phrase.pronoun is None
            and phrase.kind is not SpeakerKind.PERSON
            and tokens.lower[phrase.first] in _OWNER_PRONOUNS
        )
        if (
            phrase.pronoun is not None
            or phrase.antecedent is not None
            or prepositional
            or reported
            or owned
        ) and not aside:
            # "Lynch said she recalled thinking “...”": a pronoun inside reported speech
            # is the reporting speaker again; the sentence's main cue names her (and so
            # does a cue after a preposition: "signed an agreement barring her from
            # publishing “...”")
            for outer in speech:
                if outer.first >= cue.first or phrase.first < outer.last:
                    break
                relative = phrase.first - 1 > outer.last and tokens.lower[phrase.first - 1] in (
                    "what",
                    "which",
                    "whom",
                )
                if not relative and any(
                    tokens.lower[m] in _CLAUSE_BREAKS for m in range(outer.last, cue.first)
                ):
                    break  # "Netanyahu said ..., although he tweeted": a clause of its own
                if phrase.first - 1 >= outer.last and tokens.lower[phrase.first - 1] in (
                    "and",
                    "when",
                    "as",
                    "because",
                ):
                    break  # "he said ..., and he said, “...”": a clause of its own
                if (
                    phrase.first - 1 > outer.last
                    and tokens.text[phrase.first - 1] == ","
                    and tokens.lower[sf] in SUBORDINATORS
                ):
                    break  # "When Pike accused Grant of ..., he said “...”": the main clause's
                outer_phrase = speaker_of(ctx, outer, sf, a)
                if (
                    outer_phrase is not None
                    and phrase.antecedent is not None
                    and outer_phrase.first == phrase.antecedent.first
                ):
                    break  # "said Ekovich, who noted that ... “...”": his own cue, nearer
                if (
                    outer_phrase is not None
                    and phrase.antecedent is not None
                    and phrase.antecedent.name is not None
                    and outer_phrase.last <= phrase.antecedent.first
                ):
                    break  # "Hale praised Tom Dale, who vowed ... “...”": Dale's own cue
                if (
                    outer_phrase is not None
                    and outer_phrase.antecedent is not None
                    and phrase.antecedent is not None
                ):
                    break  # "Lamb, who called it “...”, and Cole, who says it is “...”"
                if outer_phrase is not None and outer_phrase.last <= cue.first:
                    cue, phrase = outer, outer_phrase
                    break
        if prepositional and tokens.lower[cue.first - 1] in _TOPIC_PREPOSITIONS:
            # "She added that the race cannot be about reacting to Morrow, and that ...
            # “...”": her verb of speech, not the gerund inside what she said
            for outer in reversed(speech):
                if outer.first < cue.first and outer.kind in (FormKind.PAST, FormKind.PRESENT):
                    if phrase.last <= outer.first and speaker_of(ctx, outer, sf, a) == phrase:
                        cue = outer
                    break
        if participle is not None and cue.cls in AFTER_CLASSES and cue.last < participle.first:
            cue = participle
        adjacent = _adjacent_left(tokens, cue.last, a)
        if not adjacent and others_words(tokens, cue.last, a):
            return None  # "Mr Clarke has rejected calls to “pause”": the callers' word
        if not adjacent and read_out(tokens, a, cue.last):
            return None  # "Dale said ..., where workers held signs reading “...”"
        rule = (
            "according-to" if cue.according else ("cue-before" if adjacent else "cue-in-sentence")
        )
        confidence = 0.95 if adjacent else 0.85
        return Found(phrase, ctx.cue_span(cue), rule, confidence, adjacent=adjacent)
    return None


def _in_relative_aside(tokens: Tokens, cue: Cue, a: int, sf: int) -> bool:
    """Whether a cue lies in a relative clause set off by commas that closes before the
    quotation: "the announcement, which some have argued was a ploy, was an “insult”"."""
    k = cue.first - 1
    while k > sf and cue.first - k <= 6 and tokens.text[k] != "," and tokens.quote[k] < 0:
        k -= 1
    if k <= sf or tokens.text[k] != "," or tokens.lower[k + 1] not in ("which", "who", "whom"):
        return False
    m = cue.last
    while m < a and tokens.text[m] != ",":
        m += 1
    return m < a - 1


def _in_dash_aside(tokens: Tokens, cue: Cue, a: int, sf: int) -> bool:
    """Whether a cue lies in an aside between dashes that closes before the quotation:
    "If the city is hiding the files — as critics believe, but the mayor denies — “...”
    asked Rhee" (the aside's verbs report nothing of the quotation); a hyphen standing
    alone is a dash too ("small hands - as Rubio has said - and he can “guarantee”")."""
    before = any(tokens.text[k] in DASH_TOKENS for k in range(max(sf, cue.first - 12), cue.first))
    return before and any(tokens.text[k] in DASH_TOKENS for k in range(cue.last, a))


def _in_opening_clause(tokens: Tokens, cue: Cue, a: int, sf: int) -> bool:
    """Whether a cue lies in an adverbial clause that opens the sentence and a comma
    closes before the quotation, whose main clause names a subject of its own: "While
    Holt praises the budget as a “fair deal,” Vance fixates on the “hidden fees” line"."""
    if tokens.lower[sf] not in SUBORDINATORS or tokens.lower[sf] == "as" or cue.first <= sf:
        return False  # (but "As Ann Reid put it, ... “...”" is hers)
    k = cue.last
    while k < a and not (tokens.text[k] == "," and k + 1 < a):
        k += 1
    if k >= a:
        return False
    m = k + 1
    while m < a and tokens.quote[m] >= 0:
        m += 1  # the comma inside the marks: “fair deal,” Vance
    subject = first_phrase(tokens, m, a)
    # a subject named (not "Though Justice Ann Reid said ..., she believed ...": the same)
    return (
        subject is not None
        and subject.first == m
        and subject.pronoun is None
        and subject.kind is not SpeakerKind.DOCUMENT
    )


def _adjacent_left(tokens: Tokens, cue_end: int, a: int) -> bool:
    """Whether only lead-ins (":", ",", "that"), short adjuncts ("told reporters on
    Saturday") and an object pronoun ("told him, “...”") stand between a cue and the
    opening mark, or a colon closes the words told after one ("wrote him a single word:
    “Wow.”")."""
    gap = a - cue_end
    if gap <= 0:
        return True
    if gap > 9:
        return False
    if (
        tokens.text[a - 1] == ":"
        and tokens.lower[cue_end] in _TOLD_OBJECTS
        and not any(tokens.lower[k] in ("that", ".", ";", ":") for k in range(cue_end, a - 1))
    ):
        return True  # "wrote him a single word after the game: “Wow.”"
    for k in range(cue_end, a):
        w = tokens.lower[k]
        if w in _LEAD_INS or w in ADJUNCT_PREPOSITIONS or w in ADJUNCT_WORDS:
            continue
        if w in _TOLD_OBJECTS and k == cue_end:
            continue
        if tokens.text[k][0].isupper() or tokens.text[k][0].isdigit():
            continue
        return False
    return True
